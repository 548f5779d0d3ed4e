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
/// formats it (<see cref="Formatter.Annotation"/>) and keeps the document's line endings.
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
        return await KeepLineEndingsAsync(document, edited, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The import adder and formatter write CRLF unless .editorconfig says otherwise; a file that only had LF keeps LF.
    /// </summary>
    private static async Task<Document> KeepLineEndingsAsync(Document original, Document edited, CancellationToken cancellationToken)
    {
        var originalText = await original.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var editedText = await edited.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var editedString = editedText.ToString();
        if (originalText.ToString().IndexOf('\r') >= 0 || editedString.IndexOf('\r') < 0)
        {
            return edited;
        }

        return edited.WithText(SourceText.From(editedString.Replace("\r\n", "\n"), editedText.Encoding, editedText.ChecksumAlgorithm));
    }
}
