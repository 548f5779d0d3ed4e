using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>
/// The statements of a method or constructor body that some client calls need, bound on their
/// own as a speculative body of the same method: the statements holding the calls, and every statement that declares,
/// reads or writes a local they name, followed from statement to statement. Binding a whole member in a
/// nullable-enabled project runs the member's nullable analysis too, which costs several times the binding; a slice
/// of a few statements costs a fraction. Nodes map back to the original statements by their path in the copy.
/// </summary>
internal sealed class MemberSlice
{
    private readonly IReadOnlyList<StatementSyntax> _originals;
    private readonly SyntaxList<StatementSyntax> _copies;

    private MemberSlice(SemanticModel model, IReadOnlyList<StatementSyntax> originals, SyntaxList<StatementSyntax> copies)
    {
        Model = model;
        _originals = originals;
        _copies = copies;
    }

    /// <summary>The speculative model the copies are bound in.</summary>
    public SemanticModel Model { get; }

    /// <summary>
    /// A slice for <paramref name="sites"/>, all in one member; null when they are not in a method or constructor body.
    /// A slice that needs the whole body costs what binding the member costs, and is used all the same, so that one
    /// path binds every call in a body. The locals a site's statement declares are followed only for the sites
    /// <paramref name="followsDeclared"/> says: a credential put in a local reaches its client through that local, and
    /// Betalgo's options are given their address through theirs; a client's own local is used later for calls that do
    /// not matter here.
    /// </summary>
    public static MemberSlice? TryCreate(SemanticModel model, IReadOnlyList<SyntaxNode> sites, System.Func<SyntaxNode, bool> followsDeclared, CancellationToken cancellationToken)
    {
        if (Pool(sites[0]) is not { } pool || pool.Statements.Count == 0)
        {
            return null;
        }

        var facts = pool.Statements.Select(statement => new StatementNames(statement)).ToList();
        var declaredInPool = new HashSet<string>(facts.SelectMany(f => f.Declared), System.StringComparer.Ordinal);
        var selected = new bool[facts.Count];
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var site in sites)
        {
            var index = IndexOfStatementHolding(pool, site);
            if (index < 0 || Pool(site) != pool)
            {
                return null;
            }

            Select(index, followsDeclared(site));
        }

        for (var changed = true; changed;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            changed = false;
            for (var i = 0; i < facts.Count; i++)
            {
                if (!selected[i] && (facts[i].Declared.Overlaps(names) || facts[i].Mentioned.Overlaps(names)))
                {
                    Select(i, followDeclared: false);
                    changed = true;
                }
            }
        }

        var originals = pool.Statements.Where((_, i) => selected[i]).ToList();
        var method = SyntaxFactory.MethodDeclaration(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.VoidKeyword)), "OdeusSlice")
            .WithBody(SyntaxFactory.Block(originals));
        if (!model.TryGetSpeculativeSemanticModelForMethodBody(pool.Position, method, out var speculative) || speculative is null)
        {
            return null;
        }

        return new MemberSlice(speculative, originals, method.Body!.Statements);

        void Select(int i, bool followDeclared)
        {
            selected[i] = true;
            if (followDeclared)
            {
                names.UnionWith(facts[i].Declared);
            }

            // The locals it reads: their declarations and every statement that writes or configures them.
            names.UnionWith(facts[i].Mentioned.Where(name => declaredInPool.Contains(name) && !facts[i].Declared.Contains(name)));
        }
    }

    /// <summary>The statement list a site's statement belongs to: a method's or constructor's body.</summary>
    public static StatementPool? Pool(SyntaxNode site)
    {
        foreach (var ancestor in site.Ancestors())
        {
            switch (ancestor)
            {
                case BaseMethodDeclarationSyntax { Body: { } body }:
                    return new StatementPool(ancestor, body.Statements, body.OpenBraceToken.Span.End);
                case MemberDeclarationSyntax or AccessorDeclarationSyntax:
                    // An expression body, an accessor, a field or property initializer: small, bound whole. Top-level
                    // statements too: Roslyn offers no speculative body for the program they make.
                    return null;
            }
        }

        return null;
    }

    /// <summary>The copy of <paramref name="original"/>, a node of one of the sliced statements.</summary>
    public SyntaxNode? CopyOf(SyntaxNode original)
    {
        for (var i = 0; i < _originals.Count; i++)
        {
            if (_originals[i].FullSpan.Contains(original.Span))
            {
                return Follow(_copies[i], PathFrom(_originals[i], original));
            }
        }

        return null;
    }

    /// <summary>The original of a node of the copy; a node outside the copy (another file, a declaration) is its own original.</summary>
    public SyntaxNode ToOriginal(SyntaxNode node)
    {
        for (var i = 0; i < _copies.Count; i++)
        {
            if (node.SyntaxTree == _copies[i].SyntaxTree && _copies[i].FullSpan.Contains(node.Span) && PathFrom(_copies[i], node) is { } path)
            {
                return Follow(_originals[i], path) ?? node;
            }
        }

        return node;
    }

    private static int IndexOfStatementHolding(StatementPool pool, SyntaxNode site)
    {
        for (var i = 0; i < pool.Statements.Count; i++)
        {
            if (pool.Statements[i].FullSpan.Contains(site.Span) && site.AncestorsAndSelf().Contains(pool.Statements[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The child indexes from <paramref name="root"/> down to <paramref name="node"/>; null when it is not below it.</summary>
    private static List<int>? PathFrom(SyntaxNode root, SyntaxNode node)
    {
        var path = new List<int>();
        for (var current = node; current != root; current = current.Parent!)
        {
            if (current.Parent is null)
            {
                return null;
            }

            var index = 0;
            foreach (var child in current.Parent.ChildNodesAndTokens())
            {
                if (child.IsNode && child.AsNode() == current)
                {
                    break;
                }

                index++;
            }

            path.Add(index);
        }

        path.Reverse();
        return path;
    }

    private static SyntaxNode? Follow(SyntaxNode root, List<int>? path)
    {
        if (path is null)
        {
            return null;
        }

        var current = root;
        foreach (var index in path)
        {
            var children = current.ChildNodesAndTokens();
            if (index >= children.Count || children[index].AsNode() is not { } child)
            {
                return null;
            }

            current = child;
        }

        return current;
    }

    /// <summary>The statements of one body, and a position inside it for the speculative binding.</summary>
    internal sealed class StatementPool
    {
        public StatementPool(SyntaxNode owner, SyntaxList<StatementSyntax> statements, int position)
        {
            Owner = owner;
            Statements = statements;
            Position = position;
        }

        public SyntaxNode Owner { get; }

        public SyntaxList<StatementSyntax> Statements { get; }

        public int Position { get; }

        public override bool Equals(object? obj) => obj is StatementPool other && other.Owner == Owner;

        public override int GetHashCode() => Owner.GetHashCode();

        public static bool operator ==(StatementPool? left, StatementPool? right) => Equals(left, right);

        public static bool operator !=(StatementPool? left, StatementPool? right) => !Equals(left, right);
    }

    /// <summary>The local names a statement declares anywhere inside it, and the names it mentions.</summary>
    private sealed class StatementNames
    {
        public StatementNames(StatementSyntax statement)
        {
            foreach (var node in statement.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case IdentifierNameSyntax name:
                        Mentioned.Add(name.Identifier.ValueText);
                        break;
                    case VariableDeclaratorSyntax declarator:
                        Declared.Add(declarator.Identifier.ValueText);
                        break;
                    case SingleVariableDesignationSyntax designation:
                        Declared.Add(designation.Identifier.ValueText);
                        break;
                    case ForEachStatementSyntax forEach:
                        Declared.Add(forEach.Identifier.ValueText);
                        break;
                    case CatchDeclarationSyntax { Identifier.RawKind: not 0 } caught:
                        Declared.Add(caught.Identifier.ValueText);
                        break;
                    case LocalFunctionStatementSyntax function:
                        Declared.Add(function.Identifier.ValueText);
                        break;
                    case ParameterSyntax parameter:
                        Declared.Add(parameter.Identifier.ValueText);
                        break;
                    case QueryClauseSyntax or QueryContinuationSyntax or FromClauseSyntax:
                        AddRangeVariable(node);
                        break;
                    case LabeledStatementSyntax label:
                        Declared.Add(label.Identifier.ValueText);
                        break;
                }
            }
        }

        public HashSet<string> Declared { get; } = new(System.StringComparer.Ordinal);

        public HashSet<string> Mentioned { get; } = new(System.StringComparer.Ordinal);

        private void AddRangeVariable(SyntaxNode clause)
        {
            var identifier = clause switch
            {
                FromClauseSyntax from => from.Identifier,
                LetClauseSyntax let => let.Identifier,
                JoinClauseSyntax join => join.Identifier,
                QueryContinuationSyntax continuation => continuation.Identifier,
                _ => default,
            };
            if (identifier.RawKind != 0)
            {
                Declared.Add(identifier.ValueText);
            }
        }
    }
}
