using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>
/// One reader per variable: where a type, or the top-level statements of a file, would hold more than one read of the
/// same environment variable, a read inside an interpolated string (where a <c>throw</c> reads poorly and cannot be
/// broken across lines before C# 11) or inside a client built on first use (a <c>Lazy&lt;T&gt;</c>, one long line), the
/// reads go through one member that holds the <c>?? throw</c>:
/// <c>private static string OdeusApiKey => ...;</c> in a type, <c>static string OdeusApiKey() => ...;</c> (a local
/// function, the only member top-level statements can declare) at the end of top-level statements. A later fix reuses
/// it, and turns a read an earlier fix wrote in place into a use of it, so that fixing keys one at a time and Fix All
/// write the same code. A partial type declared in several files keeps its reads in place: documents are fixed
/// independently, and two of them declaring the reader would not compile.
/// </summary>
internal static class KeyReaders
{
    /// <summary>
    /// <paramref name="replacements"/> with their reads routed through readers, the reads already in the document that
    /// now go through one (added to <paramref name="replacements"/>), and the readers to declare. A target in
    /// <paramref name="inLazyValues"/> always reads through a reader.
    /// </summary>
    public static List<ReaderDeclaration> Apply(
        Dictionary<ExpressionSyntax, ExpressionSyntax> replacements,
        ISet<ExpressionSyntax> inLazyValues,
        SemanticModel model,
        CancellationToken cancellationToken)
    {
        var groups = new Dictionary<(SyntaxNode Owner, string Variable), List<ExpressionSyntax>>();
        foreach (var target in replacements.Keys)
        {
            if (Owner(target, model, cancellationToken) is not { } owner)
            {
                continue;
            }

            foreach (var read in replacements[target].GetAnnotatedNodes(KeyReadExpression.EnvironmentReadKind))
            {
                var variable = read.GetAnnotations(KeyReadExpression.EnvironmentReadKind).First().Data!;
                if (!groups.TryGetValue((owner, variable), out var targets))
                {
                    groups.Add((owner, variable), targets = new());
                }

                targets.Add(target);
            }
        }

        var declarations = new List<ReaderDeclaration>();
        foreach (var group in groups)
        {
            var (owner, variable) = group.Key;
            var targets = group.Value.Distinct().ToList();
            var name = NameFor(variable);
            var existing = ExistingReader(owner, name, variable, model, cancellationToken);
            if (existing is null && Taken(owner, name, model, cancellationToken))
            {
                continue;
            }

            var earlierReads = ReadsWrittenInPlace(owner, variable)
                .Where(read => !replacements.ContainsKey(read) && (existing is null || !existing.Span.Contains(read.Span)))
                .ToList();
            var newReads = targets.Sum(t => replacements[t].GetAnnotatedNodes(KeyReadExpression.EnvironmentReadKind).Count());
            var inInterpolation = targets.Any(t => replacements[t].GetAnnotatedNodes(KeyReadExpression.EnvironmentReadKind).Any(r => r.Parent is InterpolationSyntax));
            if (existing is null && newReads + earlierReads.Count < 2 && !inInterpolation && !targets.Any(inLazyValues.Contains))
            {
                continue;
            }

            var use = owner is CompilationUnitSyntax
                ? (ExpressionSyntax)SyntaxFactory.InvocationExpression(SyntaxFactory.IdentifierName(name))
                : SyntaxFactory.IdentifierName(name);
            foreach (var target in targets)
            {
                var replacement = replacements[target];
                var reads = replacement.GetAnnotatedNodes(KeyReadExpression.EnvironmentReadKind)
                    .Where(r => r.GetAnnotations(KeyReadExpression.EnvironmentReadKind).First().Data == variable);
                replacements[target] = reads.Contains(replacement)
                    ? use
                    : replacement.ReplaceNodes(reads, (_, _) => use);
            }

            foreach (var read in earlierReads)
            {
                replacements[read] = use;
            }

            if (existing is null)
            {
                declarations.Add(new ReaderDeclaration(owner, Declare(owner, name, variable)));
            }
        }

        return declarations;
    }

    /// <summary><paramref name="owner"/> with <paramref name="reader"/> as its last member, or after its last top-level statement.</summary>
    public static SyntaxNode WithReader(SyntaxNode owner, SyntaxNode reader)
    {
        if (owner is CompilationUnitSyntax unit)
        {
            var last = unit.Members.LastOrDefault(m => m is GlobalStatementSyntax);
            return unit.WithMembers(unit.Members.Insert(last is null ? 0 : unit.Members.IndexOf(last) + 1, (MemberDeclarationSyntax)reader));
        }

        return ((TypeDeclarationSyntax)owner).AddMembers((MemberDeclarationSyntax)reader);
    }

    /// <summary><c>ODEUS_API_KEY</c> → <c>OdeusApiKey</c>, <c>OPENAI_API_KEY</c> → <c>OpenAIApiKey</c>.</summary>
    public static string NameFor(string variable)
    {
        var words = variable.Split(new[] { '_' }, System.StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Equals("OPENAI", System.StringComparison.OrdinalIgnoreCase) ? "OpenAI"
                : char.ToUpperInvariant(word[0]) + word.Substring(1).ToLowerInvariant());
        var name = string.Concat(words);
        return name.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(name[0]) ? "ApiKey" : name;
    }

    /// <summary>
    /// The type or the file of top-level statements whose reader a read at <paramref name="node"/> would use, or null
    /// when it keeps its read in place (an interface, an enum, a partial type declared in several files).
    /// </summary>
    private static SyntaxNode? Owner(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case GlobalStatementSyntax { Parent: CompilationUnitSyntax unit }:
                    return unit;
                case ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax:
                    return model.GetDeclaredSymbol(ancestor, cancellationToken) is { } type
                        && type.DeclaringSyntaxReferences.All(r => r.SyntaxTree == node.SyntaxTree)
                        ? ancestor
                        : null;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>The reader an earlier fix declared, found by its name and its read of <paramref name="variable"/>.</summary>
    private static SyntaxNode? ExistingReader(SyntaxNode owner, string name, string variable, SemanticModel model, CancellationToken cancellationToken)
    {
        IEnumerable<SyntaxNode> members = owner is CompilationUnitSyntax unit
            ? unit.Members.OfType<GlobalStatementSyntax>().Select(s => s.Statement).OfType<LocalFunctionStatementSyntax>()
            : ((INamedTypeSymbol)model.GetDeclaredSymbol(owner, cancellationToken)!).GetMembers(name).SelectMany(m => m.DeclaringSyntaxReferences).Select(r => r.GetSyntax(cancellationToken));
        return members.FirstOrDefault(member => member switch
        {
            PropertyDeclarationSyntax property => property.Identifier.ValueText == name && IsRead(property.ExpressionBody?.Expression, variable),
            LocalFunctionStatementSyntax function => function.Identifier.ValueText == name && IsRead(function.ExpressionBody?.Expression, variable),
            _ => false,
        });
    }

    private static bool Taken(SyntaxNode owner, string name, SemanticModel model, CancellationToken cancellationToken)
    {
        if (owner is CompilationUnitSyntax unit)
        {
            var last = unit.Members.OfType<GlobalStatementSyntax>().Last();
            return model.LookupSymbols(last.Span.End, name: name).Length > 0;
        }

        var type = (INamedTypeSymbol)model.GetDeclaredSymbol(owner, cancellationToken)!;
        return type.Name == name || type.GetMembers(name).Length > 0 || model.LookupSymbols(owner.SpanStart, name: name).Any(s => s is INamedTypeSymbol);
    }

    /// <summary>The reads of <paramref name="variable"/> a fix wrote in place in <paramref name="owner"/> (not in its nested types), with their parentheses.</summary>
    private static IEnumerable<ExpressionSyntax> ReadsWrittenInPlace(SyntaxNode owner, string variable)
    {
        var scopes = owner is CompilationUnitSyntax unit ? unit.Members.OfType<GlobalStatementSyntax>().Cast<SyntaxNode>() : new[] { owner };
        return scopes
            .SelectMany(scope => scope.DescendantNodes(n => n == scope || n is not BaseTypeDeclarationSyntax))
            .Where(node => IsRead(node, variable))
            .Select(read => read.Parent is ParenthesizedExpressionSyntax parentheses ? parentheses : (ExpressionSyntax)read);
    }

    /// <summary>Exactly what <see cref="KeyReadExpression.Create"/> writes: a read with another message is the user's own.</summary>
    private static bool IsRead(SyntaxNode? node, string variable) =>
        node is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce
        && coalesce.Left is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } invocation
        && invocation.Expression.ToString().EndsWith("GetEnvironmentVariable", System.StringComparison.Ordinal)
        && arguments[0].Expression is LiteralExpressionSyntax name && name.Token.ValueText == variable
        && coalesce.Right is ThrowExpressionSyntax { Expression: ObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } messages } }
        && messages[0].Expression is LiteralExpressionSyntax message && message.Token.ValueText == KeyReadExpression.NotSetMessage(variable);

    private static SyntaxNode Declare(SyntaxNode owner, string name, string variable)
    {
        var read = KeyReadExpression.Create(variable);
        var stringType = SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.StringKeyword));
        var arrow = SyntaxFactory.ArrowExpressionClause(read);
        var semicolon = SyntaxFactory.Token(SyntaxKind.SemicolonToken);
        SyntaxNode declaration = owner is CompilationUnitSyntax
            ? SyntaxFactory.GlobalStatement(SyntaxFactory.LocalFunctionStatement(stringType, name)
                .WithModifiers(SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.StaticKeyword)))
                .WithExpressionBody(arrow)
                .WithSemicolonToken(semicolon))
            : SyntaxFactory.PropertyDeclaration(stringType, name)
                .WithModifiers(SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.PrivateKeyword), SyntaxFactory.Token(SyntaxKind.StaticKeyword)))
                .WithExpressionBody(arrow)
                .WithSemicolonToken(semicolon);

        // A blank line before it, and the formatter's indentation.
        return declaration.WithLeadingTrivia(SyntaxFactory.CarriageReturnLineFeed).WithAdditionalAnnotations(Formatter.Annotation);
    }
}
