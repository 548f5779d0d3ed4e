using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>Ordinal search over a <see cref="SourceText"/> in fixed chunks, so that a file without a match costs no allocation.</summary>
internal static class SourceTextSearch
{
    private const int ChunkSize = 8192;

    [ThreadStatic]
    private static char[]? s_buffer;

    /// <summary>The start of every occurrence of <paramref name="value"/>, or null when there is none.</summary>
    public static List<int>? FindAll(SourceText text, string value)
    {
        var buffer = s_buffer ??= new char[ChunkSize];
        var first = value[0];
        List<int>? positions = null;

        // Chunks overlap by value.Length - 1 characters, so that a match across a chunk boundary is seen once.
        var overlap = value.Length - 1;
        for (var chunkStart = 0; chunkStart < text.Length; chunkStart += ChunkSize - overlap)
        {
            var count = Math.Min(ChunkSize, text.Length - chunkStart);
            text.CopyTo(chunkStart, buffer, 0, count);
            var lastStart = count - value.Length;
            var i = 0;
            while (i <= lastStart)
            {
                i = Array.IndexOf(buffer, first, i, lastStart - i + 1);
                if (i < 0)
                {
                    break;
                }

                if (MatchesAt(buffer, i, value))
                {
                    (positions ??= new List<int>()).Add(chunkStart + i);
                }

                i++;
            }

            if (chunkStart + count >= text.Length)
            {
                break;
            }
        }

        return positions;
    }

    private static bool MatchesAt(char[] buffer, int index, string value)
    {
        for (var j = 1; j < value.Length; j++)
        {
            if (buffer[index + j] != value[j])
            {
                return false;
            }
        }

        return true;
    }
}
