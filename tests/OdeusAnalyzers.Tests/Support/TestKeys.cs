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

    /// <summary>The words that make a key a placeholder, which no generated body may contain.</summary>
    public static readonly string[] PlaceholderWords = { "your", "example", "placeholder", "dummy", "fake", "redacted", "changeme", "xxxx" };

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
