using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>
/// Puts the <c>?? throw …</c> of a read the fix wrote on its own line, one indentation step in, where its line would
/// pass <see cref="MaximumLineLength"/> characters; the file's own indentation (tabs or its step of spaces) is kept.
/// A read inside an interpolation hole is left on one line: a line break there needs C# 11.
/// </summary>
internal static class LongReadLines
{
    public const int MaximumLineLength = 120;

    public static async Task<Document> BreakAsync(Document document, string endOfLine, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var indentStep = IndentStep(text);
        var reads = root.GetAnnotatedNodes(KeyReadExpression.LongLineBreak).OfType<BinaryExpressionSyntax>()
            .Where(read => !read.Ancestors().Any(a => a is InterpolationSyntax))
            .Where(read => !read.OperatorToken.LeadingTrivia.Any(SyntaxKind.EndOfLineTrivia) && !read.Left.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia))
            .Where(read => Width(text.Lines.GetLineFromPosition(read.OperatorToken.SpanStart).ToString()) > MaximumLineLength)
            .ToList();
        if (reads.Count == 0)
        {
            return document;
        }

        var edited = root.ReplaceNodes(reads, (original, current) =>
        {
            var line = text.Lines.GetLineFromPosition(original.SpanStart).ToString();
            var indentation = line.Substring(0, line.Length - line.TrimStart().Length) + indentStep;
            var operatorToken = current.OperatorToken.WithLeadingTrivia(SyntaxFactory.EndOfLine(endOfLine), SyntaxFactory.Whitespace(indentation));
            return current.WithLeft(current.Left.WithTrailingTrivia()).WithOperatorToken(operatorToken);
        });
        return document.WithSyntaxRoot(edited);
    }

    /// <summary>A tab where the file indents with tabs; else its smallest step of spaces (4 when it has none).</summary>
    public static string IndentStep(SourceText text)
    {
        var smallest = int.MaxValue;
        foreach (var line in text.Lines)
        {
            var content = line.ToString();
            var trimmed = content.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '*')
            {
                continue;
            }

            if (content[0] == '\t')
            {
                return "\t";
            }

            var spaces = content.Length - trimmed.Length;
            if (spaces >= 2 && spaces < smallest)
            {
                smallest = spaces;
            }
        }

        return new string(' ', smallest == int.MaxValue || smallest > 8 ? 4 : smallest);
    }

    private static int Width(string line) => line.Length + (line.Count(c => c == '\t') * 3);
}
