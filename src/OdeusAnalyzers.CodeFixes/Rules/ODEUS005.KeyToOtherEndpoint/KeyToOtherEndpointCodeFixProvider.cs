using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>ODEUS005's fixes: an http:// endpoint becomes https://; a client without an endpoint is given the Odeus one.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeyToOtherEndpointCodeFixProvider))]
[Shared]
public sealed class KeyToOtherEndpointCodeFixProvider : CodeFixProvider
{
    public const string UseHttpsKey = "UseHttps";
    public const string AddOdeusEndpointKey = "AddOdeusEndpoint";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.KeyToOtherEndpointId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            diagnostic.Properties.TryGetValue(DiagnosticProperties.EndpointProblem, out var problem);
            if (problem == EndpointProblems.Http && HttpsLiteral(diagnostic, root) is { } https)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Use https://", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceToken(https.Old, https.New))), UseHttpsKey),
                    diagnostic);
            }
            else if (problem == EndpointProblems.Missing
                && diagnostic.Properties.TryGetValue(DiagnosticProperties.OdeusEndpoint, out var endpoint) && endpoint is not null
                && Call(root, diagnostic) is { } call
                && EndpointAddition.Create(call, endpoint, model, context.CancellationToken) is { } replacement)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Send the key to {endpoint}", token => AddEndpointAsync(context.Document, root, call, replacement, token), AddOdeusEndpointKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The construction or registration whose type or method name the diagnostic is on.</summary>
    private static ExpressionSyntax? Call(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
            .FirstAncestorOrSelf<ExpressionSyntax>(node => node is BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax);

    /// <summary>The endpoint's string literal, and the same literal with https:// in place of http://.</summary>
    private static (SyntaxToken Old, SyntaxToken New)? HttpsLiteral(Diagnostic diagnostic, SyntaxNode root)
    {
        if (diagnostic.AdditionalLocations.Count == 0 || diagnostic.AdditionalLocations[0].SourceTree != root.SyntaxTree)
        {
            return null;
        }

        var token = root.FindToken(diagnostic.AdditionalLocations[0].SourceSpan.Start);
        if (!token.IsKind(SyntaxKind.StringLiteralToken))
        {
            return null;
        }

        var text = token.Text;
        var index = text.IndexOf("http://", System.StringComparison.OrdinalIgnoreCase);
        var valueIndex = token.ValueText.IndexOf("http://", System.StringComparison.OrdinalIgnoreCase);
        if (index < 0 || valueIndex != token.ValueText.TakeWhile(char.IsWhiteSpace).Count())
        {
            return null;
        }

        var newText = text.Substring(0, index) + "https://" + text.Substring(index + "http://".Length);
        var newValue = token.ValueText.Substring(0, valueIndex) + "https://" + token.ValueText.Substring(valueIndex + "http://".Length);
        return (token, SyntaxFactory.Literal(token.LeadingTrivia, newText, newValue, token.TrailingTrivia));
    }

    private static Task<Document> AddEndpointAsync(Document document, SyntaxNode root, ExpressionSyntax call, ExpressionSyntax replacement, CancellationToken cancellationToken) =>
        PostEdit.ApplyAsync(document, root.ReplaceNode(call, replacement.WithTriviaFrom(call)), cancellationToken);
}
