using System.Collections.Generic;
using System.Linq;

namespace OdeusAnalyzers;

/// <summary>
/// What the syntax of one file says of a value: it cannot be a constant, it may be one, or it may be one if one of
/// the names it reads is declared, somewhere in the compilation, as something that can hold a constant; or it is a
/// constant, but every value it can hold declares itself fake (<see cref="DeclaredFakes"/>), so it is never bound.
/// </summary>
internal readonly struct ConstantVerdict
{
    public static readonly ConstantVerdict No = new(false, null);
    public static readonly ConstantVerdict Maybe = new(true, null);
    public static readonly ConstantVerdict DeclaredFake = new(false, null, declaredFake: true);

    private ConstantVerdict(bool maybe, string[]? names, bool declaredFake = false)
    {
        IsMaybe = maybe;
        Names = names;
        IsDeclaredFake = declaredFake && !maybe && names is null;
    }

    /// <summary>The file alone says it may be constant.</summary>
    public bool IsMaybe { get; }

    /// <summary>
    /// The names read in another file or type that may make it constant, whose declarations decide; kept even when
    /// the file alone says "may be", since a constant read through them is written in another file.
    /// </summary>
    public string[]? Names { get; }

    /// <summary>A constant whose every value says it is not a real key: nothing to report, nothing to bind.</summary>
    public bool IsDeclaredFake { get; }

    public bool IsNo => !IsMaybe && Names is null && !IsDeclaredFake;

    public static ConstantVerdict DependsOn(string name) => new(false, new[] { name });

    /// <summary>Either value may be passed.</summary>
    public static ConstantVerdict Either(ConstantVerdict left, ConstantVerdict right) =>
        new(left.IsMaybe || right.IsMaybe, Union(left.Names, right.Names), left.IsDeclaredFake || right.IsDeclaredFake);

    /// <summary>
    /// Both parts must be constant for the whole to be (a concatenation, a conditional). A fake part may still make a
    /// real key with the other (<c>"my" + "fake"</c> is not fake), so it counts as any constant.
    /// </summary>
    public static ConstantVerdict Both(ConstantVerdict left, ConstantVerdict right)
    {
        left = left.IsDeclaredFake ? Maybe : left;
        right = right.IsDeclaredFake ? Maybe : right;
        return left.IsNo || right.IsNo ? No : new(left.IsMaybe && right.IsMaybe, Union(left.Names, right.Names));
    }

    public static ConstantVerdict Any(IEnumerable<ConstantVerdict> verdicts)
    {
        var result = No;
        foreach (var verdict in verdicts)
        {
            result = Either(result, verdict);
        }

        return result;
    }

    private static string[]? Union(string[]? left, string[]? right) =>
        left is null ? right : right is null ? left : left.Union(right).ToArray();
}
