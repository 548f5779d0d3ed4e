using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>Where a word occurs in a text, by ordinal search over fixed chunks: no copy of the whole file.</summary>
internal static class WordSearch
{
    private const int ChunkSize = 8192;

    public static List<int> Find(SourceText text, string word)
    {
        var positions = new List<int>();
        if (word.Length == 0 || word.Length >= ChunkSize)
        {
            return positions;
        }

        var buffer = new char[Math.Min(ChunkSize, text.Length)];
        var overlap = word.Length - 1;
        for (var chunkStart = 0; chunkStart < text.Length; chunkStart += ChunkSize - overlap)
        {
            var count = Math.Min(ChunkSize, text.Length - chunkStart);
            text.CopyTo(chunkStart, buffer, 0, count);
            var chunk = new ReadOnlySpan<char>(buffer, 0, count);
            for (var offset = 0; offset < count;)
            {
                var index = chunk.Slice(offset).IndexOf(word.AsSpan(), StringComparison.Ordinal);
                if (index < 0)
                {
                    break;
                }

                positions.Add(chunkStart + offset + index);
                offset += index + 1;
            }

            if (chunkStart + count >= text.Length)
            {
                break;
            }
        }

        return positions;
    }
}
