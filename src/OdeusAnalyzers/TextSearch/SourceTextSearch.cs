using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>
/// One ordinal pass over a <see cref="SourceText"/> for the key prefix <c>sk-ld-</c>, in place or in fixed chunks,
/// so that a file without a match costs no allocation.
/// </summary>
internal static class SourceTextSearch
{
    private const int ChunkSize = 8192;
    private const string Prefix = KeyScanner.Prefix;

    [ThreadStatic]
    private static char[]? s_buffer;

    public static TextScan Scan(SourceText text)
    {
        // The compiler's text of a file read from disk keeps the whole file as one string, which it hands out without
        // copying: search that string in place. Any other text (an edited buffer in the IDE) is copied in chunks.
        List<int>? prefixes = null;
        List<int>? parts = null;
        if (text.Length <= ChunkSize * 8 && text.GetType().Name == "StringText")
        {
            Search(text, text.ToString().AsSpan(), 0, ref prefixes, ref parts);
            return Result(prefixes, parts);
        }

        var buffer = s_buffer ??= new char[ChunkSize];

        // Chunks overlap by Prefix.Length - 1 characters, so that a match across a chunk boundary is seen once.
        var overlap = Prefix.Length - 1;
        for (var chunkStart = 0; chunkStart < text.Length; chunkStart += ChunkSize - overlap)
        {
            var count = Math.Min(ChunkSize, text.Length - chunkStart);
            text.CopyTo(chunkStart, buffer, 0, count);
            Search(text, new ReadOnlySpan<char>(buffer, 0, count), chunkStart, ref prefixes, ref parts);
            if (chunkStart + count >= text.Length)
            {
                break;
            }
        }

        return Result(prefixes, parts);
    }

    private static TextScan Result(List<int>? prefixes, List<int>? parts) =>
        prefixes is null && parts is null ? TextScan.Empty : new TextScan(prefixes, parts);

    /// <summary>Adds what <paramref name="chunk"/>, which starts at <paramref name="chunkStart"/> of <paramref name="text"/>, holds.</summary>
    private static void Search(SourceText text, ReadOnlySpan<char> chunk, int chunkStart, ref List<int>? prefixes, ref List<int>? parts)
    {
        var offset = 0;
        while (offset < chunk.Length)
        {
            // On .NET this is the runtime's vectorized search.
            var index = chunk.Slice(offset).IndexOf(Prefix.AsSpan());
            if (index < 0)
            {
                break;
            }

            var position = chunkStart + offset + index;
            (prefixes ??= new List<int>()).Add(position);
            if (!IsFollowedByKeyBody(text, position + Prefix.Length))
            {
                (parts ??= new List<int>()).Add(position);
            }

            offset += index + 1;
        }
    }

    /// <summary>A whole key's body follows: the key is complete where it is written, and no concatenation can add to it.</summary>
    private static bool IsFollowedByKeyBody(SourceText text, int position)
    {
        var end = Math.Min(text.Length, position + KeyScanner.MinimumBodyLength);
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
