using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>Keys held by one string token: a literal of any form, or a text part of an interpolated string.</summary>
internal static class StringTokenKeys
{
    public static bool IsLiteral(SyntaxToken token) =>
        token.Kind() is SyntaxKind.StringLiteralToken
            or SyntaxKind.Utf8StringLiteralToken
            or SyntaxKind.SingleLineRawStringLiteralToken
            or SyntaxKind.MultiLineRawStringLiteralToken
            or SyntaxKind.Utf8SingleLineRawStringLiteralToken
            or SyntaxKind.Utf8MultiLineRawStringLiteralToken;

    public static bool IsInterpolatedText(SyntaxToken token) => token.IsKind(SyntaxKind.InterpolatedStringTextToken);

    /// <summary>
    /// The keys in the token's value. Each carries where it stands in the source, when the key is written there as is
    /// (no escape sequences inside it), which is how keys are written.
    /// </summary>
    public static List<TokenKey> Find(SyntaxToken token)
    {
        var value = token.ValueText;
        var keys = new List<TokenKey>();
        if (!KeyScanner.MayContainKey(value))
        {
            return keys;
        }

        var text = token.Text;
        var searchFrom = 0;
        foreach (var key in KeyScanner.FindKeys(value))
        {
            var index = text.IndexOf(value.Substring(key.Start, key.Length), searchFrom, System.StringComparison.Ordinal);
            TextSpan? sourceSpan = null;
            if (index >= 0)
            {
                sourceSpan = new TextSpan(token.SpanStart + index, key.Length);
                searchFrom = index + key.Length;
            }

            keys.Add(new TokenKey(key, sourceSpan));
        }

        return keys;
    }
}
