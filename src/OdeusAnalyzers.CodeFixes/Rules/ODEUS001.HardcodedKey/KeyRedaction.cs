using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>Turns keys in comments, XML docs, disabled code and directive text into <c>sk-ld-***</c>, which is no key.</summary>
internal static class KeyRedaction
{
    public static async Task<Document> RedactAsync(Document document, IReadOnlyCollection<TextSpan> keySpans, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var changes = keySpans.Distinct().Select(span => new TextChange(span, KeyScanner.Redacted));
        return document.WithText(text.WithChanges(changes));
    }

    /// <summary>Where <paramref name="span"/> stands once the keys at <paramref name="redacted"/> (which never overlap it) are redacted.</summary>
    public static TextSpan Shift(TextSpan span, IReadOnlyCollection<TextSpan> redacted)
    {
        var delta = redacted.Distinct().Where(r => r.End <= span.Start).Sum(r => KeyScanner.Redacted.Length - r.Length);
        return new TextSpan(span.Start + delta, span.Length);
    }
}
