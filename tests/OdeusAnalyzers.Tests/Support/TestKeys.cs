namespace OdeusAnalyzers.Tests;

/// <summary>
/// Fake Odeus keys, assembled at run time so that the repository never holds text that secret scanners would flag.
/// </summary>
internal static class TestKeys
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static string Prefix => "sk-" + "ld-";

    /// <summary>A key with a 32-character body that differs for each <paramref name="seed"/>.</summary>
    public static string Odeus(int seed = 1) => Prefix + Body(seed, 32);

    /// <summary>The words that make a key a placeholder, which no generated body may contain: the analyzers' own list, so that the two cannot drift.</summary>
    public static IReadOnlyList<string> PlaceholderWords => KeyScanner.PlaceholderWords;

    /// <summary>Bodies that say they are not a key (issue 14's examples): ODEUS001 and ODEUS003 must skip every one.</summary>
    public static readonly string[] NotKeyBodies =
    {
        "test-key-for-unit-tests", "mock-key-1234567890", "sample-key-0000000000", "abcdefghijklmnop", "0123456789abcdef",
    };

    public static string Body(int seed, int length)
    {
        var random = new Random(seed);
        while (true)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            var body = new string(chars);
            if (!PlaceholderWords.Any(word => body.Contains(word, StringComparison.OrdinalIgnoreCase)))
            {
                return body;
            }
        }
    }

    /// <summary>What a diagnostic may show of <paramref name="key"/>: the prefix, four characters and an ellipsis.</summary>
    public static string Mask(string key) => key.Substring(0, Prefix.Length + 4) + "\u2026";
}
