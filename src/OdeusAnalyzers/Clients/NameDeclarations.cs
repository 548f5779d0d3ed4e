using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers;

/// <summary>
/// What the compilation's files declare under a name, read from their member declarations (no symbol is created and
/// no method body bound): the fields and properties that can hold a constant the key tracing follows (a
/// <c>const</c>, a private or internal field, a private or internal auto-property), and in which files. Once per
/// name and compilation; each file's declarations are read once per tree.
/// </summary>
internal sealed class NameDeclarations
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, DeclaredValue[]?> _byName = new(System.StringComparer.Ordinal);

    public NameDeclarations(Compilation compilation) => _compilation = compilation;

    /// <summary>
    /// Whether <paramref name="name"/>, read in <paramref name="tree"/>, may hold a constant: some declaration can,
    /// and is visible there (a private one only in its own file, or any file of a partial type). A name no source
    /// file declares belongs to a referenced assembly (an enum member, an SDK property): a key kept there is not
    /// this code's to fix, and is not followed.
    /// </summary>
    public bool MayHoldConstant(string name, SyntaxTree tree, CancellationToken cancellationToken)
    {
        foreach (var holder in Holders(name, cancellationToken) ?? System.Array.Empty<DeclaredValue>())
        {
            if (holder.MayHoldConstantIn(tree))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The declarations of <paramref name="name"/> that may hold a constant; null when there are none.</summary>
    public DeclaredValue[]? Holders(string name, CancellationToken cancellationToken)
    {
        if (_byName.TryGetValue(name, out var known))
        {
            return known;
        }

        var started = CensusStatistics.Start();
        Interlocked.Increment(ref CensusStatistics.DeclarationLookups);
        List<DeclaredValue>? holders = null;
        foreach (var tree in _compilation.SyntaxTrees)
        {
            // Only a file whose text holds the name can declare it: the others' declarations are never read. Not the
            // compiler's declaration table (ContainsSymbolsWithName): it is per compilation, and each edit is one, so
            // every keystroke would pay for it (measured: 2-5 ms per edit); the text's answer is kept per file.
            if (TextSearch.Mentions(tree, name, cancellationToken) && DeclaredValues.Named(tree, name, cancellationToken) is { } declared)
            {
                foreach (var value in declared)
                {
                    if (value.IsConst || value.IsFollowed)
                    {
                        (holders ??= new List<DeclaredValue>()).Add(value);
                    }
                }
            }
        }

        CensusStatistics.Stop(ref CensusStatistics.DeclarationTicks, started);
        return _byName.GetOrAdd(name, holders?.ToArray());
    }
}
