namespace OdeusAnalyzers;

/// <summary>
/// Values that say they are not a real key (<c>fake_key</c>, <c>sk-not-a-real-key</c>, <c>mock-credential</c>,
/// <c>BAD_KEY</c>, <c>FakeApiKey</c>, the key prefix followed by <c>abcdefghijklmnop</c>): a word of the value, in any case, starts with one
/// of <see cref="Words"/>; its letters spell "not a real"; or it holds a run of characters in order (<c>123456</c>,
/// <c>abcdef</c>), which ODEUS001 skips too. Words are split at any character other than a letter or digit and at case
/// changes (<c>fakeApiKey</c>, <c>APIKeyFake</c>). Only a value made of words has any: one with a part that has digits
/// between letters (<c>a9bad3</c>) is generated text, so a random key never declares itself fake by chance (an OpenAI
/// key's <c>_BAD0_</c> is no word). A slot for a real key (<c>your_key</c>, <c>changeme</c>, <c>&lt;api-key&gt;</c>) is
/// not a fake: that is where the real key goes.
/// </summary>
internal static class DeclaredFakes
{
    internal static readonly string[] Words = { "fake", "mock", "dummy", "test", "invalid", "bad", "sample" };

    private const string NotAReal = "notareal";

    public static bool IsDeclaredFake(string value) =>
        HasFakeWord(value) || SpellsNotAReal(value) || KeyScanner.HasOrderedRun(value, 0, value.Length);

    /// <summary>Whether a word starts with a fake word, in a value whose every part between separators is words.</summary>
    private static bool HasFakeWord(string value)
    {
        var hasFakeWord = false;
        var partStart = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i == value.Length || !char.IsLetterOrDigit(value[i]))
            {
                if (i > partStart)
                {
                    var (start, end) = LetterRun(value, partStart, i);
                    if (start < 0)
                    {
                        return false;
                    }

                    hasFakeWord = hasFakeWord || HasFakeWord(value, start, end);
                }

                partStart = i + 1;
            }
        }

        return hasFakeWord;
    }

    /// <summary>
    /// The one run of letters in a part between separators, digits allowed only around it (<c>test123</c>, <c>v2</c>);
    /// (-1, -1) for generated text, with digits between letters; an empty run for a part without letters.
    /// </summary>
    private static (int Start, int End) LetterRun(string value, int partStart, int partEnd)
    {
        var start = -1;
        var end = -1;
        for (var i = partStart; i < partEnd; i++)
        {
            if (!char.IsLetter(value[i]))
            {
                continue;
            }

            if (start >= 0 && end < i)
            {
                return (-1, -1);
            }

            start = start < 0 ? i : start;
            end = i + 1;
        }

        return start < 0 ? (partStart, partStart) : (start, end);
    }

    private static bool HasFakeWord(string value, int lettersStart, int lettersEnd)
    {
        var wordStart = lettersStart;
        for (var i = lettersStart + 1; i <= lettersEnd; i++)
        {
            if (i == lettersEnd || StartsWord(value, i, lettersEnd))
            {
                if (StartsWithFakeWord(value, wordStart, i))
                {
                    return true;
                }

                wordStart = i;
            }
        }

        return false;
    }

    /// <summary><c>fake|Key</c>, and <c>API|Key</c>: an upper-case letter after a lower-case one, or the last capital of an acronym before a lower-case letter.</summary>
    private static bool StartsWord(string value, int i, int end) =>
        char.IsUpper(value[i])
        && (char.IsLower(value[i - 1]) || (char.IsUpper(value[i - 1]) && i + 1 < end && char.IsLower(value[i + 1])));

    private static bool StartsWithFakeWord(string value, int start, int end)
    {
        foreach (var word in Words)
        {
            if (end - start >= word.Length && string.Compare(value, start, word, 0, word.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"not a real", with any separators or none: <c>not-a-real-key</c>, <c>NotARealKey</c>, <c>not_a_real</c>.</summary>
    private static bool SpellsNotAReal(string value)
    {
        var matched = 0;
        foreach (var c in value)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            matched = lower == NotAReal[matched] ? matched + 1 : lower == NotAReal[0] ? 1 : 0;
            if (matched == NotAReal.Length)
            {
                return true;
            }
        }

        return false;
    }
}
