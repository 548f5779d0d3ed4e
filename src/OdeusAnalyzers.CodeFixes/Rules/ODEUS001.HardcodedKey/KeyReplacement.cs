using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>Builds the expression that takes the place of a literal, interpolated string or constant that holds keys.</summary>
internal static class KeyReplacement
{
    public static ExpressionSyntax? Create(ExpressionSyntax target, SemanticModel model, ExpressionSyntax read, CancellationToken cancellationToken) =>
        target switch
        {
            LiteralExpressionSyntax literal => ForLiteral(literal.Token, read),
            InterpolatedStringExpressionSyntax interpolated => ForInterpolatedString(interpolated, read),
            BinaryExpressionSyntax concatenation => ForConcatenation(concatenation, model, read, cancellationToken),
            _ => null,
        };

    private static ExpressionSyntax? ForLiteral(SyntaxToken token, ExpressionSyntax read)
    {
        var keys = StringTokenKeys.Find(token);
        if (keys.Count == 0)
        {
            return null;
        }

        var isUtf8 = token.Kind() is SyntaxKind.Utf8StringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken;
        var value = token.ValueText;
        ExpressionSyntax? text;
        if (keys.Count == 1 && keys[0].ValueSpan.Start == 0 && keys[0].ValueSpan.Length == value.Length)
        {
            text = read;
        }
        else if (keys.All(k => k.SourceSpan is not null))
        {
            text = KeyReadExpression.ParseWithKeyReads(InterpolateSource(token, keys, isUtf8), read);
        }
        else
        {
            text = KeyReadExpression.ParseWithKeyReads(InterpolateValue(value, keys.Select(k => k.ValueSpan)), read);
        }

        return text is null ? null : isUtf8 ? KeyReadExpression.AsUtf8(text) : text;
    }

    private static ExpressionSyntax? ForInterpolatedString(InterpolatedStringExpressionSyntax interpolated, ExpressionSyntax read)
    {
        var contents = interpolated.Contents;
        if (contents.Count == 1 && contents[0] is InterpolatedStringTextSyntax only)
        {
            var keys = StringTokenKeys.Find(only.TextToken);
            if (keys.Count == 1 && keys[0].ValueSpan.Length == only.TextToken.ValueText.Length)
            {
                return read;
            }
        }

        var braces = interpolated.StringStartToken.Text.Count(c => c == '$');
        var code = new StringBuilder(interpolated.StringStartToken.Text);
        foreach (var content in contents)
        {
            if (content is InterpolatedStringTextSyntax text && KeyScanner.MayContainKey(text.TextToken.ValueText))
            {
                var keys = StringTokenKeys.Find(text.TextToken);
                if (keys.Any(k => k.SourceSpan is null))
                {
                    return null;
                }

                AppendWithHoles(code, text.TextToken, keys, braces, escapeBraces: false);
            }
            else
            {
                code.Append(content.ToFullString());
            }
        }

        code.Append(interpolated.StringEndToken.Text);
        return KeyReadExpression.ParseWithKeyReads(code.ToString(), read);
    }

    private static ExpressionSyntax? ForConcatenation(BinaryExpressionSyntax concatenation, SemanticModel model, ExpressionSyntax read, CancellationToken cancellationToken)
    {
        var parts = ConstantConcatenation.GetParts(concatenation);
        var values = ConstantConcatenation.GetPartValues(parts, model, cancellationToken);
        if (System.Array.IndexOf(values, null) >= 0)
        {
            return null;
        }

        var value = string.Concat(values);
        var keys = KeyScanner.FindKeys(value);
        if (keys.Count == 0)
        {
            return null;
        }

        if (NamedPartHoldsKeyBody(parts, values!, keys))
        {
            return null;
        }

        var text = keys.Count == 1 && keys[0].Length == value.Length
            ? read
            : KeyReadExpression.ParseWithKeyReads(InterpolateValue(value, keys), read);
        var isUtf8 = parts.All(p => p.IsKind(SyntaxKind.Utf8StringLiteralExpression));
        return text is null ? null : isUtf8 ? KeyReadExpression.AsUtf8(text) : text;
    }

    /// <summary>
    /// A part named by a constant (<c>Parts.Body</c>) keeps its text after the fix: rewriting the concatenation would hide
    /// the key, not remove it, so no fix is offered. A named part that holds only the public prefix <c>sk-ld-</c> is fine.
    /// </summary>
    private static bool NamedPartHoldsKeyBody(List<ExpressionSyntax> parts, string[] values, List<KeySpan> keys)
    {
        var start = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var end = start + values[i].Length;
            if (parts[i] is not LiteralExpressionSyntax && keys.Any(k => start < k.End && end > k.Start + KeyScanner.Prefix.Length))
            {
                return true;
            }

            start = end;
        }

        return false;
    }

    /// <summary>The literal, written the same way (regular, verbatim or raw), as an interpolated string with a hole for each key.</summary>
    private static string InterpolateSource(SyntaxToken token, List<TokenKey> keys, bool isUtf8)
    {
        var text = token.Text;
        if (isUtf8)
        {
            text = text.Substring(0, text.Length - 2);
        }

        int openLength;
        int braces;
        bool escapeBraces;
        string dollars;
        if (text.StartsWith("\"\"\"", System.StringComparison.Ordinal))
        {
            openLength = text.TakeWhile(c => c == '"').Count();
            braces = LongestBraceRun(text) + 1;
            escapeBraces = false;
            dollars = new string('$', braces);
        }
        else
        {
            openLength = text[0] == '@' ? 2 : 1;
            braces = 1;
            escapeBraces = true;
            dollars = "$";
        }

        var code = new StringBuilder(dollars).Append(text, 0, openLength);
        var closeLength = text[0] == '@' ? 1 : openLength;
        var contentToken = new ContentSlice(token.SpanStart + openLength, text.Substring(openLength, text.Length - openLength - closeLength));
        AppendWithHoles(code, contentToken, keys, braces, escapeBraces);
        code.Append(text, text.Length - closeLength, closeLength);
        return code.ToString();
    }

    private static void AppendWithHoles(StringBuilder code, SyntaxToken token, List<TokenKey> keys, int braces, bool escapeBraces) =>
        AppendWithHoles(code, new ContentSlice(token.SpanStart, token.Text), keys, braces, escapeBraces);

    private static void AppendWithHoles(StringBuilder code, ContentSlice content, List<TokenKey> keys, int braces, bool escapeBraces)
    {
        var written = 0;
        foreach (var key in keys)
        {
            var keyStart = key.SourceSpan!.Value.Start - content.Start;
            AppendText(code, content.Text.Substring(written, keyStart - written), escapeBraces);
            code.Append('{', braces).Append(KeyReadExpression.Placeholder).Append('}', braces);
            written = keyStart + key.SourceSpan.Value.Length;
        }

        AppendText(code, content.Text.Substring(written), escapeBraces);
    }

    private static void AppendText(StringBuilder code, string text, bool escapeBraces) =>
        code.Append(escapeBraces ? text.Replace("{", "{{").Replace("}", "}}") : text);

    /// <summary>A regular interpolated string of <paramref name="value"/> with a hole for each key.</summary>
    private static string InterpolateValue(string value, IEnumerable<KeySpan> keys)
    {
        var code = new StringBuilder("$\"");
        var written = 0;
        foreach (var key in keys)
        {
            AppendEscaped(code, value.Substring(written, key.Start - written));
            code.Append('{').Append(KeyReadExpression.Placeholder).Append('}');
            written = key.End;
        }

        AppendEscaped(code, value.Substring(written));
        return code.Append('"').ToString();
    }

    private static void AppendEscaped(StringBuilder code, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '{' => code.Append("{{"),
                '}' => code.Append("}}"),
                '"' => code.Append("\\\""),
                '\\' => code.Append("\\\\"),
                '\n' => code.Append("\\n"),
                '\r' => code.Append("\\r"),
                '\t' => code.Append("\\t"),
                _ when char.IsControl(c) || char.IsSurrogate(c) => code.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => code.Append(c),
            };
        }
    }

    private static int LongestBraceRun(string text)
    {
        var longest = 0;
        var run = 0;
        var previous = '\0';
        foreach (var c in text)
        {
            run = (c is '{' or '}') && c == previous ? run + 1 : (c is '{' or '}') ? 1 : 0;
            longest = System.Math.Max(longest, run);
            previous = c;
        }

        return longest;
    }

    private readonly struct ContentSlice
    {
        public ContentSlice(int start, string text)
        {
            Start = start;
            Text = text;
        }

        public int Start { get; }

        public string Text { get; }
    }
}
