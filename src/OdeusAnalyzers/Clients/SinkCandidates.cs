using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>
/// The calls, constructions and assignments in a file that may hand a key to a client: the sink table's words are
/// searched in the text, and a word counts only inside an identifier that some SDK member of the compilation is
/// exactly named (or a header name in a string). No tree walk; cached per tree and set of SDKs. Only these nodes are
/// ever bound.
/// </summary>
internal static class SinkCandidates
{
    private static readonly string[] TargetTypedNew = { "new(", "new (" };

    private static readonly ConditionalWeakTable<SyntaxTree, TreeCandidates> s_byTree = new();

    /// <summary>What most files hold: shared, never added to.</summary>
    private static readonly List<CandidateSite> NoSites = new();

    private static readonly List<(int Position, string Name, SinkKind Family)> NoIdentifiers = new();

    /// <summary>Every candidate of <paramref name="tree"/>, whatever it passes, in source order.</summary>
    public static List<(SyntaxNode Node, SinkKind Family)> All(SyntaxTree tree, KeyPositions names, CancellationToken cancellationToken) =>
        For(tree, names, cancellationToken).Nodes;

    /// <summary>Every candidate of <paramref name="tree"/> with the name it is written with and what its values may be, in source order.</summary>
    public static IReadOnlyList<CandidateSite> Sites(SyntaxTree tree, KeyPositions names, CancellationToken cancellationToken)
    {
        var candidates = For(tree, names, cancellationToken);
        if (Volatile.Read(ref candidates.Sites) is { } known)
        {
            return known;
        }

        var sites = candidates.Nodes.Count == 0 ? NoSites : new List<CandidateSite>(candidates.Nodes.Count);
        if (candidates.Nodes.Count > 0)
        {
            var text = tree.GetText(cancellationToken);
            var constants = new PossibleConstants(text, tree.GetRoot(cancellationToken));
            foreach (var (node, family) in candidates.Nodes)
            {
                sites.Add(new CandidateSite(node, family, CalledName(node), constants.Values(node), FirstArgument(node, tree, cancellationToken), candidates.Mentioned));
            }
        }

        Interlocked.CompareExchange(ref candidates.Sites, sites, null);
        return candidates.Sites!;
    }

    private static TreeCandidates For(SyntaxTree tree, KeyPositions names, CancellationToken cancellationToken)
    {
        if (s_byTree.TryGetValue(tree, out var known) && known.Names == names)
        {
            return known;
        }

        var started = CensusStatistics.Start();
        var found = Find(tree, names, cancellationToken);
        CensusStatistics.Stop(ref CensusStatistics.SearchTicks, started);
        Interlocked.Increment(ref CensusStatistics.FilesSearched);
        Interlocked.Add(ref CensusStatistics.CandidatesFound, found.Nodes.Count);
        s_byTree.Remove(tree);
        return s_byTree.GetValue(tree, _ => found);
    }

    private static TreeCandidates Find(SyntaxTree tree, KeyPositions names, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        var candidates = new TreeCandidates(names);
        var identifiers = Identifiers(text, names);
        var headers = names.SearchesHeaders ? TextSearch.FindAny(text, SinkTable.HeaderWords, System.StringComparison.OrdinalIgnoreCase) : null;
        if (identifiers.Count == 0 && headers is null)
        {
            return candidates;
        }

        // A header counts only in a file that names an AI host (ClientCensus.Admits): elsewhere no token is looked up for one.
        if ((headers is not null || identifiers.Exists(identifier => identifier.Family == SinkKind.Http))
            && TextSearch.FindAny(text, SinkTable.AiHostWords, System.StringComparison.OrdinalIgnoreCase) is null)
        {
            headers = null;
            identifiers = identifiers.FindAll(identifier => identifier.Family != SinkKind.Http);
        }

        var root = tree.GetRoot(cancellationToken);
        foreach (var (position, name, family) in identifiers)
        {
            if (names.IsConstructed(name))
            {
                candidates.Mentioned.Add(name);
            }

            // A declaration's type, a generic argument, a parameter's type: the text says no call is written there,
            // and no token needs to be found (in the editor, each one found in a new tree costs microseconds).
            if (!MayBeCalled(text, position, position + name.Length))
            {
                continue;
            }

            var token = root.FindToken(position);
            if (token.SpanStart == position && token.IsKind(SyntaxKind.IdentifierToken) && Enclosing(token) is { } node)
            {
                candidates.Nodes.Add((node, family));
            }
        }

        foreach (var position in headers ?? Enumerable.Empty<int>())
        {
            var token = root.FindToken(position);
            // "Authorization" written as a string, or as a constant's name (HeaderNames.Authorization).
            if ((token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.IdentifierToken))
                && SinkTable.HeaderWords.Any(word => string.Equals(token.ValueText, word, System.StringComparison.OrdinalIgnoreCase))
                && Enclosing(token) is { } node)
            {
                candidates.Nodes.Add((node, SinkKind.Http));
            }
        }

        // `ChatClient client = new("gpt-4o", key);` names no client where it is built.
        if (candidates.Mentioned.Count > 0 && TextSearch.FindAny(text, TargetTypedNew) is { } news)
        {
            foreach (var position in news)
            {
                if (TakesNoArgument(text, position))
                {
                    continue;
                }

                if (root.FindToken(position).Parent is ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation
                    && (SimpleName(DeclaredType(creation)) is not { } declared || names.IsConstructed(declared)))
                {
                    candidates.Nodes.Add((creation, SinkKind.Sdk));
                }
            }
        }

        // In source order, each node once (a word in a type and one in an argument can point at the same call).
        candidates.Nodes.Sort(static (a, b) =>
            a.Node.SpanStart != b.Node.SpanStart ? a.Node.SpanStart.CompareTo(b.Node.SpanStart)
            : a.Node.Span.Length != b.Node.Span.Length ? a.Node.Span.Length.CompareTo(b.Node.Span.Length)
            : a.Family.CompareTo(b.Family));
        for (var i = candidates.Nodes.Count - 1; i > 0; i--)
        {
            if (candidates.Nodes[i] == candidates.Nodes[i - 1])
            {
                candidates.Nodes.RemoveAt(i);
            }
        }

        return candidates;
    }

    /// <summary><c>new()</c>: no value to pass, so no token of the tree needs to be found for it.</summary>
    private static bool TakesNoArgument(SourceText text, int position)
    {
        var next = position + (text[position + 3] == '(' ? 4 : 5);
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next < text.Length && text[next] == ')';
    }

    /// <summary>
    /// The start of each identifier in <paramref name="text"/> that holds one of the sink table's words and is, as
    /// a whole, the name of an SDK member that takes a key or a credential; read from the text, before any token is.
    /// </summary>
    private static List<(int Position, string Name, SinkKind Family)> Identifiers(SourceText text, KeyPositions names)
    {
        if (TextSearch.FindAny(text, names.IdentifierWords) is not { } positions)
        {
            return NoIdentifiers;
        }

        var found = new List<(int, string, SinkKind)>();
        // Sorted, the places of two words in one identifier (OpenAIClient) lie side by side and give the same start.
        positions.Sort();
        var lastStart = -1;
        foreach (var position in positions)
        {
            var start = position;
            while (start > 0 && TextSearch.IsIdentifierPart(text[start - 1]))
            {
                start--;
            }

            var end = position;
            while (end < text.Length && TextSearch.IsIdentifierPart(text[end]))
            {
                end++;
            }

            if (start == lastStart || !names.MayBeName(text, start, end))
            {
                continue;
            }

            lastStart = start;

            var name = text.ToString(TextSpan.FromBounds(start, end));
            if (names.FamilyOf(name) is { } family)
            {
                found.Add((start, name, family));
            }
        }

        return found;
    }

    /// <summary>
    /// Whether the text around an identifier lets it name a call, a construction or an assigned property: after
    /// <c>new</c> or a dot, or before <c>(</c>, <c>&lt;</c>, a dot or an assignment. A type in a declaration
    /// (<c>ChatClient client = …</c>), a parameter or a generic argument is none of these.
    /// </summary>
    private static bool MayBeCalled(SourceText text, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        if (before >= 0 && (text[before] == '.' || (before >= 2 && text[before] == 'w' && text[before - 1] == 'e' && text[before - 2] == 'n' && (before < 3 || !TextSearch.IsIdentifierPart(text[before - 3])))))
        {
            return true;
        }

        var after = end;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        if (after >= text.Length)
        {
            return false;
        }

        return text[after] switch
        {
            '(' or '<' or '.' => true,
            '=' => after + 1 >= text.Length || (text[after + 1] != '=' && text[after + 1] != '>'),
            _ => false,
        };
    }

    /// <summary>
    /// The first argument's text when the syntax settles it: a string literal, or the name of a <c>const</c> of the
    /// call's own type written as one (<c>SetEnvironmentVariable(VariableName, …)</c>).
    /// </summary>
    private static string? FirstArgument(SyntaxNode node, SyntaxTree tree, CancellationToken cancellationToken)
    {
        var arguments = node switch
        {
            BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
            InvocationExpressionSyntax invocation => invocation.ArgumentList,
            _ => null,
        };
        if (arguments is not { Arguments.Count: > 0 } || arguments.Arguments[0].NameColon is not null)
        {
            return null;
        }

        switch (arguments.Arguments[0].Expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return literal.Token.ValueText;
            case IdentifierNameSyntax name when node.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } type
                && DeclaredValues.Named(tree, name.Identifier.ValueText, cancellationToken) is { } declared
                && declared.Count == 1 && declared[0] is { IsConst: true, Initializer: LiteralExpressionSyntax value }
                && value.IsKind(SyntaxKind.StringLiteralExpression) && value.FirstAncestorOrSelf<TypeDeclarationSyntax>() == type
                && !RoslynSyntax.DeclaresLocal(RoslynSyntax.EnclosingMember(node), name.Identifier.ValueText):
                return value.Token.ValueText;
            default:
                return null;
        }
    }


    /// <summary>The name a call is written with: the type constructed, the method called, the property assigned.</summary>
    private static string? CalledName(SyntaxNode node) => node switch
    {
        ObjectCreationExpressionSyntax creation => SimpleName(creation.Type),
        ImplicitObjectCreationExpressionSyntax implicitCreation => SimpleName(DeclaredType(implicitCreation)),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name.Identifier.ValueText,
        InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } => binding.Name.Identifier.ValueText,
        InvocationExpressionSyntax { Expression: SimpleNameSyntax name } => name.Identifier.ValueText,
        AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access } => access.Name.Identifier.ValueText,
        AssignmentExpressionSyntax { Left: SimpleNameSyntax name } => name.Identifier.ValueText,
        AssignmentExpressionSyntax { Left: MemberBindingExpressionSyntax binding } => binding.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The simple name a type is written with (<c>Chat.ChatClient</c>, <c>ChatClient?</c>: <c>ChatClient</c>).</summary>
    public static string? SimpleName(TypeSyntax? type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        NullableTypeSyntax nullable => SimpleName(nullable.ElementType),
        _ => null,
    };

    /// <summary>The type a target-typed <c>new(…)</c> gets from its variable or property declaration, when the syntax shows it.</summary>
    private static TypeSyntax? DeclaredType(ImplicitObjectCreationExpressionSyntax creation) => creation.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type: { IsVar: false } type } } } => type,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
        ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax method } => method.ReturnType,
        ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
        _ => null,
    };

    /// <summary>The call, construction or assignment a word belongs to: its name, a type or argument in it.</summary>
    private static SyntaxNode? Enclosing(SyntaxToken token)
    {
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or InvocationExpressionSyntax:
                case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression }:
                    return node;
                case StatementSyntax or MemberDeclarationSyntax or UsingDirectiveSyntax or LambdaExpressionSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>What one tree holds for one set of SDKs.</summary>
    private sealed class TreeCandidates
    {
        public TreeCandidates(KeyPositions names) => Names = names;

        public KeyPositions Names { get; }

        public List<(SyntaxNode Node, SinkKind Family)> Nodes { get; } = new();

        /// <summary>The client types whose constructors take a key that the file names: what a target-typed <c>new(…)</c> there may build.</summary>
        public HashSet<string> Mentioned { get; } = new(System.StringComparer.Ordinal);

        public List<CandidateSite>? Sites;
    }
}
