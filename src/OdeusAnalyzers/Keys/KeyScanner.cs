using System.Collections.Generic;

namespace OdeusAnalyzers;

/// <summary>Finds Odeus API keys (<c>sk-ld-</c> plus a body of 16 or more key characters) in text.</summary>
internal static class KeyScanner
{
    public const string Prefix = "sk-ld-";
    public const string Redacted = Prefix + "***";
    public const int MinimumBodyLength = 16;
    private const int VisibleBodyCharacters = 4;

    private static readonly string[] PlaceholderWords =
    {
        "your", "example", "placeholder", "dummy", "fake", "redacted", "changeme", "xxxx",
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
        var first = text[bodyStart];
        var allSame = true;
        for (var i = bodyStart + 1; i < bodyEnd && allSame; i++)
        {
            allSame = text[i] == first;
        }

        if (allSame)
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

        return false;
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
