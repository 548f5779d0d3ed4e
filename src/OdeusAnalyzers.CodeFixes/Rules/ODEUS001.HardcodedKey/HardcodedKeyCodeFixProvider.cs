using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>
/// ODEUS001's fixes: a key in code is read from the environment variable (and fails clearly when unset); a key in a
/// comment, XML doc, disabled code or directive text is redacted, and so is a key in a string of a project that runs
/// in the browser, where an environment variable would be public too.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardcodedKeyCodeFixProvider))]
[Shared]
public sealed class HardcodedKeyCodeFixProvider : CodeFixProvider
{
    public const string UseEnvironmentVariableKey = "UseEnvironmentVariable";
    public const string RedactKey = "RedactKey";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.HardcodedKeyId);

    /// <summary>
    /// Fix All removes every key in its scope, whichever of the two actions started it: keys in code are read from the
    /// environment (redacted in the browser), keys in comments are redacted. So one <c>dotnet format</c> run leaves no
    /// key behind, and several keys that share one literal or declaration are rewritten in one pass.
    /// </summary>
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((context, document, diagnostics) => FixAllAsync(document, diagnostics, context.CancellationToken));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var finding = KeyFinding.From(diagnostic);
            if (finding.IsRedacted(text))
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Redact the key", token => KeyRedaction.RedactAsync(context.Document, new[] { finding.Span }, token), RedactKey),
                    diagnostic);
            }
            else if (finding.IsRead
                && await RewriteAsync(context.Document, new[] { finding }, context.CancellationToken).ConfigureAwait(false) is { } fixedDocument)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Read the key from {finding.Variable}", _ => Task.FromResult(fixedDocument), UseEnvironmentVariableKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document?> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var findings = diagnostics.Select(KeyFinding.From).ToList();
        var redacted = findings.Where(f => f.IsRedacted(text)).Select(f => f.Span).ToList();
        var redactedDocument = redacted.Count == 0 ? document : await KeyRedaction.RedactAsync(document, redacted, cancellationToken).ConfigureAwait(false);
        var inCode = findings.Where(f => f.IsRead).Select(f => f.MovedTo(KeyRedaction.Shift(f.Span, redacted)));
        return await RewriteAsync(redactedDocument, inCode, cancellationToken).ConfigureAwait(false)
            ?? (redacted.Count == 0 ? null : redactedDocument);
    }

    /// <summary>The rewritten document, or null when none of the findings can be fixed without breaking the build.</summary>
    private static Task<Document?> RewriteAsync(Document document, IEnumerable<KeyFinding> findings, CancellationToken cancellationToken) =>
        EnvironmentVariableRewrite.RewriteAsync(
            document,
            (root, model) => findings.Where(f => f.IsRead).Select(finding => FindTarget(root, finding) is { } target
                ? new PlannedRead(target, () => KeyReplacement.Create(target, model, finding.Variable, cancellationToken))
                : default),
            cancellationToken);

    private static ExpressionSyntax? FindTarget(SyntaxNode root, KeyFinding finding)
    {
        var span = finding.Span;
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        var placement = finding.Placement;
        if (placement == KeyPlacements.ConstantExpression)
        {
            return root.FindNode(span, getInnermostNodeForTie: true) as BinaryExpressionSyntax;
        }

        var token = root.FindToken(span.Start);
        return placement == KeyPlacements.Literal
            ? token.Parent as LiteralExpressionSyntax
            : token.Parent?.Parent as InterpolatedStringExpressionSyntax;
    }
}
