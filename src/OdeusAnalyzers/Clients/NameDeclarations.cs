using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers;

/// <summary>
/// What the compilation's files declare under a name, read from their member declarations (no method body is bound;
/// the compiler's declaration table and declared symbols say which files to read): the fields and properties that can
/// hold a constant the key tracing follows (a <c>const</c>, a private or internal field, a private or internal
/// auto-property), and in which files. Once per name and compilation; each file's declarations once per tree.
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

    /// <summary>The files that declare a field or property named <paramref name="name"/>, in compilation order.</summary>
    private IEnumerable<SyntaxTree> DeclaringTrees(string name, CancellationToken cancellationToken)
    {
        if (!_compilation.ContainsSymbolsWithName(name, SymbolFilter.Member, cancellationToken))
        {
            return System.Array.Empty<SyntaxTree>();
        }

        var trees = new HashSet<SyntaxTree>();
        foreach (var symbol in _compilation.GetSymbolsWithName(name, SymbolFilter.Member, cancellationToken))
        {
            if (symbol is IFieldSymbol or IPropertySymbol)
            {
                foreach (var reference in symbol.DeclaringSyntaxReferences)
                {
                    trees.Add(reference.SyntaxTree);
                }
            }
        }

        return _compilation.SyntaxTrees.Where(trees.Contains);
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

        // The compiler's declaration table knows every member name of the compilation's types (the compiler builds it
        // for any binding): a name no source member has (a local, a parameter) needs no file read, and the fields and
        // properties that have it say which files declare them (their symbols are declarations; no body is bound).
        foreach (var tree in DeclaringTrees(name, cancellationToken))
        {
            if (DeclaredValues.Named(tree, name, cancellationToken) is { } declared)
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
