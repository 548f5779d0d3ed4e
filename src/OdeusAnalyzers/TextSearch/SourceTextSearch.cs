using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>
/// The scan ODEUS001 (and ODEUS004, ODEUS005) build on: where the key prefix <c>sk-ld-</c> stands in a file, found by
/// the one <see cref="TextSearch"/>, and which of those places hold only a part of a key that a constant
/// concatenation may complete.
/// </summary>
internal static class SourceTextSearch
{
    private static readonly string[] Prefix = { KeyScanner.Prefix };

    public static TextScan Scan(SourceText text)
    {
        if (TextSearch.FindAny(text, Prefix) is not { } prefixes)
        {
            return TextScan.Empty;
        }

        prefixes.Sort();
        List<int>? parts = null;
        foreach (var position in prefixes)
        {
            if (!IsFollowedByKeyBody(text, position + KeyScanner.Prefix.Length))
            {
                (parts ??= new List<int>()).Add(position);
            }
        }

        return new TextScan(prefixes, parts);
    }

    /// <summary>A whole key's body follows: the key is complete where it is written, and no concatenation can add to it.</summary>
    private static bool IsFollowedByKeyBody(SourceText text, int position)
    {
        var end = System.Math.Min(text.Length, position + KeyScanner.MinimumBodyLength);
        for (var i = position; i < end; i++)
        {
            if (!KeyScanner.IsKeyCharacter(text[i]))
            {
                return false;
            }
        }

        return end - position == KeyScanner.MinimumBodyLength;
    }
}
