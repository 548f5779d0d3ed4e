using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>A value a candidate passes: an argument (by position or name), an initializer's property, an assigned value.</summary>
internal sealed class CandidateValue
{
    private readonly PossibleConstants _constants;
    private ConstantVerdict? _verdict;

    public CandidateValue(int position, string? parameterName, ExpressionSyntax expression, PossibleConstants constants, bool setsProperty = false)
    {
        Position = position;
        ParameterName = parameterName;
        Expression = expression;
        _constants = constants;
        SetsProperty = setsProperty;
    }

    public ExpressionSyntax Expression { get; }

    /// <summary>The argument's position in the call as written; for an initializer or an assignment, 0.</summary>
    public int Position { get; }

    /// <summary>The argument's name (<c>apiKey: …</c>) or the property set; null for a positional argument.</summary>
    public string? ParameterName { get; }

    /// <summary>A property set in an object initializer (named by <see cref="ParameterName"/>) or by an assignment (named by the site).</summary>
    public bool SetsProperty { get; }

    /// <summary>Whether the file's syntax lets it be a constant: judged on first use, for the values where a key may go.</summary>
    public ConstantVerdict Verdict => _verdict ??= _constants.Judge(Expression);
}
