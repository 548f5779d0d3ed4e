using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>
/// Where words occur in a text, by ordinal search over fixed chunks of it: no copy of the whole file, and no
/// allocation for a text that holds none of them.
/// </summary>
internal static class TextSearch
{
    private const int ChunkSize = 8192;

    [ThreadStatic]
    private static char[]? s_buffer;

    /// <summary>The positions of <paramref name="word"/>, or null when it does not occur.</summary>
    public static List<int>? Find(SourceText text, string word) => FindAny(text, new[] { word });

    /// <summary>The positions where any of <paramref name="words"/> starts, in no particular order, or null when none occurs.</summary>
    public static List<int>? FindAny(SourceText text, string[] words) => FindAny(text, words, StringComparison.Ordinal);

    /// <summary>The same, comparing with <paramref name="comparison"/> (ordinal, or ordinal ignoring case).</summary>
    public static List<int>? FindAny(SourceText text, string[] words, StringComparison comparison)
    {
        var longest = 0;
        foreach (var word in words)
        {
            longest = Math.Max(longest, word.Length);
        }

        if (longest == 0 || longest >= ChunkSize)
        {
            return null;
        }

        List<int>? positions = null;
        var buffer = s_buffer ??= new char[ChunkSize];

        // Chunks overlap by one character less than the longest word, so a word across a boundary is seen once.
        var overlap = longest - 1;
        for (var chunkStart = 0; chunkStart < text.Length; chunkStart += ChunkSize - overlap)
        {
            var count = Math.Min(ChunkSize, text.Length - chunkStart);
            text.CopyTo(chunkStart, buffer, 0, count);
            var chunk = new ReadOnlySpan<char>(buffer, 0, count);
            var isLast = chunkStart + count >= text.Length;
            foreach (var word in words)
            {
                for (var offset = 0; offset < count;)
                {
                    var index = chunk.Slice(offset).IndexOf(word.AsSpan(), comparison);
                    if (index < 0)
                    {
                        break;
                    }

                    // A match that starts in the overlap belongs to the next chunk, unless this is the last one.
                    var start = offset + index;
                    if (isLast || start < ChunkSize - overlap)
                    {
                        (positions ??= new List<int>()).Add(chunkStart + start);
                    }

                    offset = start + 1;
                }
            }

            if (isLast)
            {
                break;
            }
        }

        return positions;
    }
}
