using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>
/// Every value assigned to a private or internal field or auto-property in the compilation: its initializer and each
/// assignment. Only files whose text names the member are parsed for it, and only those names are bound. Computed
/// once per member and compilation, on demand: only for members that are passed as a key.
/// </summary>
internal sealed class MemberWrites
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ISymbol, List<IOperation>?> _writes = new(SymbolEqualityComparer.Default);

    public MemberWrites(Compilation compilation) => _compilation = compilation;

    /// <summary>The values written to <paramref name="member"/>, or null when one of its writes is not a plain assignment.</summary>
    public List<IOperation>? Find(ISymbol member, CancellationToken cancellationToken)
    {
        member = member.OriginalDefinition;
        if (_writes.TryGetValue(member, out var known))
        {
            return known;
        }

        var writes = Collect(member, cancellationToken);
        _writes.TryAdd(member, writes);
        return writes;
    }

    private List<IOperation>? Collect(ISymbol member, CancellationToken cancellationToken)
    {
        var writes = new List<IOperation>();
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var initializer = reference.GetSyntax(cancellationToken) switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value,
                _ => null,
            };
            if (initializer is not null)
            {
                if (Operation(initializer, cancellationToken) is not { } value)
                {
                    return null;
                }

                writes.Add(value);
            }
        }

        var trees = member.DeclaredAccessibility == Accessibility.Private
            ? member.ContainingType.DeclaringSyntaxReferences.Select(r => r.SyntaxTree).Distinct()
            : _compilation.SyntaxTrees;
        foreach (var tree in trees)
        {
            foreach (var name in NamesIn(tree, member.Name, cancellationToken))
            {
                var model = SemanticModel(tree);
                if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol?.OriginalDefinition, member))
                {
                    continue;
                }

                // A name with no operation of its own (inside nameof, say) cannot write the member.
                var access = name.Parent is MemberAccessExpressionSyntax memberAccess && memberAccess.Name == name || name.Parent is MemberBindingExpressionSyntax
                    ? name.Parent
                    : name;
                if (model.GetOperation(access, cancellationToken) is { } operation && !KeyOrigins.TryAddWrite(operation, writes))
                {
                    return null;
                }
            }
        }

        return writes;
    }

    /// <summary>The identifiers spelled <paramref name="name"/> in <paramref name="tree"/>, found by text search first.</summary>
    private static IEnumerable<IdentifierNameSyntax> NamesIn(SyntaxTree tree, string name, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        var positions = TextSearch.Find(text, name);
        if (positions is null)
        {
            yield break;
        }

        var root = tree.GetRoot(cancellationToken);
        foreach (var position in positions)
        {
            var token = root.FindToken(position);
            if (token.SpanStart == position && token.ValueText == name && token.Parent is IdentifierNameSyntax identifier)
            {
                yield return identifier;
            }
        }
    }

    private IOperation? Operation(SyntaxNode node, CancellationToken cancellationToken) =>
        _compilation.ContainsSyntaxTree(node.SyntaxTree) ? SemanticModel(node.SyntaxTree).GetOperation(node, cancellationToken) : null;

    // Only the files that name the member are bound, and in them only the names: a semantic model action would bind every file.
    private SemanticModel SemanticModel(SyntaxTree tree) => SemanticModels.Of(_compilation, tree);
}
