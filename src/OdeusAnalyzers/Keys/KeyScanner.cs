using System.Collections.Generic;

namespace OdeusAnalyzers;

/// <summary>
/// Finds Odeus API keys (<c>sk-ld-</c> plus a body of 16 or more key characters) in text. A body that says it is not a
/// key is skipped: it holds a placeholder word, a run of six characters in order (<c>abcdef</c>, <c>987654</c>), or
/// too little variety to be random (under <see cref="MinimumBitsPerCharacter"/> bits of Shannon entropy per character).
/// </summary>
internal static class KeyScanner
{
    public const string Prefix = "sk-ld-";
    public const string Redacted = Prefix + "***";
    public const int MinimumBodyLength = 16;

    /// <summary>
    /// A run of this many characters, each one after (or before) the previous (<c>abcdef</c>, <c>012345</c>, <c>ZYXWVU</c>),
    /// is typed by a person: a random body of 64 key characters holds one about once in ten million.
    /// </summary>
    public const int OrderedRunLength = 6;

    /// <summary>
    /// The least Shannon entropy of a body's characters, in bits per character, for it to be random: about six
    /// characters used equally. 16 random key characters fall below it about once in 70 million, 24 about once in 5 * 10^14.
    /// </summary>
    public const double MinimumBitsPerCharacter = 2.5;

    private const int VisibleBodyCharacters = 4;

    /// <summary>A body that holds one of these words, in any case, is not a key.</summary>
    internal static readonly IReadOnlyList<string> PlaceholderWords = new[]
    {
        "your", "example", "placeholder", "dummy", "fake", "redacted", "changeme", "xxxx", "test", "mock", "sample",
    };

    public static bool MayContainKey(string text) => text.IndexOf(Prefix, System.StringComparison.Ordinal) >= 0;

    /// <summary>The keys in <paramref name="text"/>, as spans (start, length) over the whole key including the prefix.</summary>
    public static List<KeySpan> FindKeys(string text)
    {
        var keys = new List<KeySpan>();
        var searchFrom = 0;
        while (TryFindKey(text, searchFrom, text.Length, out var key))
        {
            keys.Add(key);
            searchFrom = key.End;
        }

        return keys;
    }

    /// <summary>The first key that starts in [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/>.</summary>
    public static bool TryFindKey(string text, int from, int to, out KeySpan key)
    {
        var position = from;
        while (position < to)
        {
            var start = text.IndexOf(Prefix, position, to - position, System.StringComparison.Ordinal);
            if (start < 0)
            {
                break;
            }

            if (TryReadKeyAt(text, start, out key))
            {
                return true;
            }

            position = start + 1;
        }

        key = default;
        return false;
    }

    /// <summary>Reads a key whose prefix starts exactly at <paramref name="start"/>.</summary>
    public static bool TryReadKeyAt(string text, int start, out KeySpan key)
    {
        key = default;
        if (start > 0 && IsKeyCharacter(text[start - 1]))
        {
            return false;
        }

        var bodyStart = start + Prefix.Length;
        var end = bodyStart;
        while (end < text.Length && IsKeyCharacter(text[end]))
        {
            end++;
        }

        if (end - bodyStart < MinimumBodyLength || IsPlaceholder(text, bodyStart, end))
        {
            return false;
        }

        key = new KeySpan(start, end - start);
        return true;
    }

    public static bool IsKeyCharacter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-';

    /// <summary>The key as it may be shown: the prefix and at most four body characters.</summary>
    public static string Mask(string text, KeySpan key)
    {
        var visible = System.Math.Min(VisibleBodyCharacters, key.Length - Prefix.Length);
        return Prefix + text.Substring(key.Start + Prefix.Length, visible) + "\u2026";
    }

    private static bool IsPlaceholder(string text, int bodyStart, int bodyEnd)
    {
        if (HasOrderedRun(text, bodyStart, bodyEnd))
        {
            return true;
        }

        foreach (var word in PlaceholderWords)
        {
            if (ContainsIgnoreCase(text, bodyStart, bodyEnd, word))
            {
                return true;
            }
        }

        return BitsPerCharacter(text, bodyStart, bodyEnd) < MinimumBitsPerCharacter;
    }

    /// <summary>
    /// Whether <c>text[start..end)</c> holds <see cref="OrderedRunLength"/> characters in a row, each one code point above
    /// (or below) the one before. Among key characters that means the same class: letters of one case, or digits.
    /// </summary>
    public static bool HasOrderedRun(string text, int start, int end)
    {
        var ascending = 1;
        var descending = 1;
        for (var i = start + 1; i < end; i++)
        {
            var step = text[i] - text[i - 1];
            ascending = step == 1 ? ascending + 1 : 1;
            descending = step == -1 ? descending + 1 : 1;
            if (ascending >= OrderedRunLength || descending >= OrderedRunLength)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The Shannon entropy of the body's characters: log2(n) - (1/n) * sum(c * log2(c)) over each character's count c.</summary>
    private static double BitsPerCharacter(string text, int start, int end)
    {
        var counts = new int[128];
        for (var i = start; i < end; i++)
        {
            counts[text[i]]++;
        }

        var length = end - start;
        var sum = 0.0;
        foreach (var count in counts)
        {
            if (count > 1)
            {
                sum += count * System.Math.Log(count, 2);
            }
        }

        return System.Math.Log(length, 2) - (sum / length);
    }

    private static bool ContainsIgnoreCase(string text, int start, int end, string lowerWord)
    {
        var last = end - lowerWord.Length;
        for (var i = start; i <= last; i++)
        {
            var j = 0;
            while (j < lowerWord.Length && char.ToLowerInvariant(text[i + j]) == lowerWord[j])
            {
                j++;
            }

            if (j == lowerWord.Length)
            {
                return true;
            }
        }

        return false;
    }
}
