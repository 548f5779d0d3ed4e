using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>
/// What every fix does once its edit is made: adds the imports the new code asks for
/// (<see cref="Simplifier.AddImportsAnnotation"/>), shortens the names it wrote in full (<see cref="Simplifier.Annotation"/>),
/// formats it (<see cref="Formatter.Annotation"/>), breaks its long reads (<see cref="LongReadLines"/>) and keeps the
/// document's line endings.
/// </summary>
internal static class PostEdit
{
    /// <summary>
    /// <paramref name="document"/> with <paramref name="editedRoot"/> as its root, cleaned up. It takes the document as it
    /// was before the edit, whose text tells which line endings to keep.
    /// </summary>
    public static async Task<Document> ApplyAsync(Document document, SyntaxNode editedRoot, CancellationToken cancellationToken)
    {
        var edited = document.WithSyntaxRoot(editedRoot);
        edited = await ImportAdder.AddImportsAsync(edited, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        edited = await Simplifier.ReduceAsync(edited, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        edited = await Formatter.FormatAsync(edited, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        edited = await WithoutCleanupAnnotationsAsync(edited, cancellationToken).ConfigureAwait(false);
        var originalText = (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
        edited = await LongReadLines.BreakAsync(edited, originalText.IndexOf("\r\n", System.StringComparison.Ordinal) >= 0 ? "\r\n" : "\n", cancellationToken).ConfigureAwait(false);
        return await KeepLineEndingsAsync(document, edited, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The code action's own clean-up formats what still carries <see cref="Formatter.Annotation"/> again, with the
    /// workspace's defaults: it would indent the lines <see cref="LongReadLines"/> breaks with spaces in a file of tabs.
    /// </summary>
    private static async Task<Document> WithoutCleanupAnnotationsAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var annotations = new[] { Formatter.Annotation, Simplifier.Annotation, Simplifier.AddImportsAnnotation };
        var annotated = root?.DescendantNodesAndSelf().Where(node => annotations.Any(node.HasAnnotation)).ToList();
        return root is null || annotated!.Count == 0
            ? document
            : document.WithSyntaxRoot(root.ReplaceNodes(annotated, (_, current) => current.WithoutAnnotations(annotations)));
    }

    /// <summary>
    /// The import adder and formatter end the lines they write as .editorconfig's <c>end_of_line</c> says, or else as the
    /// platform does (CRLF on Windows, LF elsewhere): a file whose lines all ended in LF, or all in CRLF, keeps that ending.
    /// </summary>
    private static async Task<Document> KeepLineEndingsAsync(Document original, Document edited, CancellationToken cancellationToken)
    {
        var originalString = (await original.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
        var editedText = await edited.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var editedString = editedText.ToString();
        var kept = originalString.IndexOf('\r') < 0 ? editedString.Replace("\r\n", "\n")
            : !HasBareLineFeed(originalString) ? editedString.Replace("\r\n", "\n").Replace("\n", "\r\n")
            : editedString;
        return kept == editedString ? edited : edited.WithText(SourceText.From(kept, editedText.Encoding, editedText.ChecksumAlgorithm));
    }

    private static bool HasBareLineFeed(string text)
    {
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            if (i == 0 || text[i - 1] != '\r')
            {
                return true;
            }
        }

        return false;
    }
}
