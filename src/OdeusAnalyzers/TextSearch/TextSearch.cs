using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>
/// Where words occur in a text: the one text search every rule starts with. Ordinal (or ordinal ignoring case)
/// search in place, or over fixed chunks of the text: no copy of the whole file, and no allocation for a text that
/// holds none of the words.
/// </summary>
internal static class TextSearch
{
    private const int ChunkSize = 8192;

    /// <summary>Up to this length a compiler-owned string is searched where it lies.</summary>
    private const int InPlaceLimit = ChunkSize * 8;

    [ThreadStatic]
    private static char[]? s_buffer;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.CodeAnalysis.SyntaxTree, NamedAnswers<bool>> s_mentions = new();

    /// <summary>
    /// Whether <paramref name="word"/> occurs in the text of <paramref name="tree"/>; remembered with the tree, so that
    /// asking every file of a compilation again after an edit searches only the edited one.
    /// </summary>
    public static bool Mentions(Microsoft.CodeAnalysis.SyntaxTree tree, string word, System.Threading.CancellationToken cancellationToken)
    {
        var known = s_mentions.GetValue(tree, static _ => new NamedAnswers<bool>());
        return known.TryGet(word, out var mentions) ? mentions : known.Add(word, Contains(tree.GetText(cancellationToken), word));
    }

    /// <summary>Whether <paramref name="word"/> occurs in the text: the search stops at the first place.</summary>
    public static bool Contains(SourceText text, string word) =>
        text.Length <= InPlaceLimit && IsOneString(text)
            ? text.ToString().IndexOf(word, StringComparison.Ordinal) >= 0
            : Find(text, word) is not null;

    /// <summary>Whether <paramref name="word"/> occurs within <paramref name="span"/> of the text.</summary>
    public static bool Contains(SourceText text, TextSpan span, string word) => CountIn(text, span, word, atMost: 1) > 0;

    /// <summary>Where <paramref name="word"/> starts within <paramref name="span"/> of the text, in order; null when nowhere.</summary>
    public static List<int>? FindIn(SourceText text, TextSpan span, string word)
    {
        List<int>? positions = null;
        ScanSpan(text, span, word, int.MaxValue, collect: true, ref positions);
        return positions;
    }

    /// <summary>How many times <paramref name="word"/> occurs within <paramref name="span"/>, counting no further than <paramref name="atMost"/>.</summary>
    public static int CountIn(SourceText text, TextSpan span, string word, int atMost)
    {
        List<int>? none = null;
        return ScanSpan(text, span, word, atMost, collect: false, ref none);
    }

    /// <summary>A letter, a digit or <c>_</c>: what an identifier is made of, as the text searches read it.</summary>
    public static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>
    /// Counts where <paramref name="word"/> starts within <paramref name="span"/>, up to <paramref name="atMost"/>, and
    /// adds each place to <paramref name="positions"/> when <paramref name="collect"/> asks. The compiler's text of a file is one string, searched
    /// where it lies; another text copies the span.
    /// </summary>
    private static int ScanSpan(SourceText text, TextSpan span, string word, int atMost, bool collect, ref List<int>? positions)
    {
        var inPlace = IsOneString(text);
        var content = inPlace ? text.ToString() : text.ToString(span);
        var start = inPlace ? span.Start : 0;
        var end = start + span.Length;
        var count = 0;
        for (var index = content.IndexOf(word, start, end - start, StringComparison.Ordinal); index >= 0 && count < atMost;
             index = index + 1 < end ? content.IndexOf(word, index + 1, end - index - 1, StringComparison.Ordinal) : -1)
        {
            count++;
            if (collect)
            {
                (positions ??= new List<int>()).Add(index - start + span.Start);
            }
        }

        return count;
    }

    /// <summary>The compiler's text of a file read from disk: the whole file as one string, handed out without a copy.</summary>
    private static bool IsOneString(SourceText text) => text.GetType().Name == "StringText";

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

        // The compiler's text of a file read from disk keeps the whole file as one string, which it hands out without
        // copying: search that string in place. Any other text (an edited buffer in the IDE) is copied in chunks.
        if (text.Length <= InPlaceLimit && IsOneString(text))
        {
            AddMatches(text.ToString().AsSpan(), 0, int.MaxValue, words, comparison, ref positions);
            return positions;
        }

        var buffer = s_buffer ??= new char[ChunkSize];

        // Chunks overlap by one character less than the longest word, so a word across a boundary is seen once: a
        // match that starts in the overlap belongs to the next chunk, unless this is the last one.
        var overlap = longest - 1;
        for (var chunkStart = 0; chunkStart < text.Length; chunkStart += ChunkSize - overlap)
        {
            var count = Math.Min(ChunkSize, text.Length - chunkStart);
            text.CopyTo(chunkStart, buffer, 0, count);
            var isLast = chunkStart + count >= text.Length;
            AddMatches(new ReadOnlySpan<char>(buffer, 0, count), chunkStart, isLast ? int.MaxValue : ChunkSize - overlap, words, comparison, ref positions);
            if (isLast)
            {
                break;
            }
        }

        return positions;
    }

    /// <summary>Adds where each word starts in <paramref name="span"/> (which stands at <paramref name="spanStart"/>), for starts before <paramref name="startsBefore"/>.</summary>
    private static void AddMatches(ReadOnlySpan<char> span, int spanStart, int startsBefore, string[] words, StringComparison comparison, ref List<int>? positions)
    {
        foreach (var word in words)
        {
            for (var offset = 0; offset < span.Length;)
            {
                var index = span.Slice(offset).IndexOf(word.AsSpan(), comparison);
                if (index < 0)
                {
                    break;
                }

                var start = offset + index;
                if (start < startsBefore)
                {
                    (positions ??= new List<int>()).Add(spanStart + start);
                }

                offset = start + 1;
            }
        }
    }
}
