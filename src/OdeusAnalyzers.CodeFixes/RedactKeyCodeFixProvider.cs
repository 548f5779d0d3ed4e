using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>ODEUS001 in a comment, an XML doc comment, disabled code or directive text: the key becomes <c>sk-ld-***</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactKeyCodeFixProvider))]
[Shared]
public sealed class RedactKeyCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = "RedactKey";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.HardcodedKeyId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics.Where(IsInComment))
        {
            context.RegisterCodeFix(
                CodeAction.Create("Redact the key", cancellationToken => RedactAsync(context.Document, diagnostic.Location.SourceSpan, cancellationToken), EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static bool IsInComment(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(DiagnosticProperties.KeyHome, out var home) && home == KeyHomes.Comment;

    private static async Task<Document> RedactAsync(Document document, TextSpan keySpan, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.Replace(keySpan, KeyScanner.Redacted));
    }
}
