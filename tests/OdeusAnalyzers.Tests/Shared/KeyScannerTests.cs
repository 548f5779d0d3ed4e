namespace OdeusAnalyzers.Tests;

/// <summary>
/// KeyScanner, which every rule that looks for an Odeus key shares: the key's shape, placeholders, what may stand
/// before a key, and the range a search covers. Keys are assembled here from TestKeys, never written out.
/// </summary>
public sealed class KeyScannerTests
{
    private static readonly string Prefix = TestKeys.Prefix;
    private static readonly string Key = TestKeys.Odeus(71);
    private static readonly string Other = TestKeys.Odeus(72);

    /// <summary>The one key found in <paramref name="text"/>, as (start, length).</summary>
    private static (int Start, int Length) Single(string text)
    {
        var key = Assert.Single(KeyScanner.FindKeys(text));
        return (key.Start, key.Length);
    }

    [Fact]
    public void Constants_AreTheKeyShapeTheTestsAssume()
    {
        Assert.Equal(KeyScanner.Prefix, Prefix);
        Assert.Equal(16, KeyScanner.MinimumBodyLength);
        Assert.Equal(KeyScanner.Redacted, Prefix + "***");
    }

    // ---- The key's shape ----

    [Fact]
    public void WholeKey_FoundFromPrefixToLastKeyCharacter()
    {
        Assert.Equal((0, Key.Length), Single(Key));
        Assert.Equal((8, Key.Length), Single("apiKey: " + Key + "\", next"));
    }

    [Theory]
    [InlineData(16, true)]
    [InlineData(15, false)]
    [InlineData(64, true)]
    [InlineData(0, false)]
    public void BodyLength_SixteenOrMoreKeyCharacters(int length, bool found)
    {
        var text = "\"" + Prefix + TestKeys.Body(73, 64).Substring(0, length) + "\"";

        Assert.Equal(found, KeyScanner.FindKeys(text).Count == 1);
        Assert.Equal(found, KeyScanner.TryFindKey(text, 0, text.Length, out _));
    }

    [Theory]
    [InlineData('_')]
    [InlineData('-')]
    [InlineData('0')]
    [InlineData('9')]
    [InlineData('A')]
    [InlineData('z')]
    public void KeyCharacters_BelongToTheBody(char c)
    {
        var key = Key + c + "tail";

        Assert.True(KeyScanner.IsKeyCharacter(c));
        Assert.Equal((0, key.Length), Single(key + " after"));
    }

    [Theory]
    [InlineData('.')]
    [InlineData(' ')]
    [InlineData('"')]
    [InlineData('\'')]
    [InlineData('/')]
    [InlineData('+')]
    [InlineData('=')]
    [InlineData('\n')]
    [InlineData('\u00e9')]
    [InlineData('\uff21')]
    public void OtherCharacters_EndTheKey(char c)
    {
        Assert.False(KeyScanner.IsKeyCharacter(c));
        Assert.Equal((0, Key.Length), Single(Key + c + "tail"));
    }

    [Fact]
    public void PrefixAlone_OrAnotherProvidersPrefix_NoKey()
    {
        var body = TestKeys.Body(74, 32);

        Assert.Empty(KeyScanner.FindKeys(Prefix));
        Assert.Empty(KeyScanner.FindKeys("sk-proj-" + body));
        Assert.Empty(KeyScanner.FindKeys("sk-" + body));
        Assert.Empty(KeyScanner.FindKeys(Prefix.ToUpperInvariant() + body));
        Assert.False(KeyScanner.MayContainKey("sk-proj-" + body));
    }

    [Fact]
    public void MayContainKey_IsTheCheapPrefixTest()
    {
        Assert.True(KeyScanner.MayContainKey("x" + Prefix));
        Assert.True(KeyScanner.MayContainKey(Key));
        Assert.False(KeyScanner.MayContainKey(string.Empty));
        Assert.False(KeyScanner.MayContainKey(Prefix.Substring(0, Prefix.Length - 1)));
    }

    // ---- Placeholders ----

    public static TheoryData<string> PlaceholderWords() => new(TestKeys.PlaceholderWords);

    [Theory]
    [MemberData(nameof(PlaceholderWords))]
    public void PlaceholderWord_AnywhereInTheBodyInAnyCase_NoKey(string word)
    {
        var body = TestKeys.Body(75, 24);
        foreach (var placed in new[] { word + body, body.Substring(0, 10) + word + body.Substring(10), body + word })
        {
            foreach (var cased in new[] { placed, placed.ToUpperInvariant(), char.ToUpperInvariant(placed[0]) + placed.Substring(1) })
            {
                Assert.Empty(KeyScanner.FindKeys(Prefix + cased));
                Assert.False(KeyScanner.TryReadKeyAt(Prefix + cased, 0, out _));
            }
        }
    }

    [Theory]
    [MemberData(nameof(PlaceholderWords))]
    public void PlaceholderWord_OutsideTheKey_StillAKey(string word)
    {
        Assert.Equal((0, Key.Length), Single(Key + " " + word));
        Assert.Equal((word.Length + 1, Key.Length), Single(word + " " + Key));
    }

    [Theory]
    [InlineData('a', 16)]
    [InlineData('X', 32)]
    [InlineData('0', 20)]
    [InlineData('-', 16)]
    [InlineData('_', 40)]
    public void RepeatedCharacterBody_NoKey(char c, int length)
    {
        Assert.Empty(KeyScanner.FindKeys(Prefix + new string(c, length)));
    }

    [Theory]
    [InlineData("aaaaaaaaaaaaaaab")]
    [InlineData("0000000000000000000001")]
    [InlineData("abababababababab")]
    [InlineData("xyzxyzxyzxyzxyzxyz")]
    [InlineData("aaaabbbbccccdddd")]
    [InlineData("q1w2q1w2q1w2q1w2q1w2")]
    [InlineData("AAAA-BBBB-AAAA-BBBB")]
    [InlineData("Kx9_PKx9_PKx9_PKx9_P")]
    public void TooLittleVariety_NoKey(string body)
    {
        Assert.Empty(KeyScanner.FindKeys(Prefix + body));
    }

    [Theory]
    [InlineData("a1b2c3d4e5f6g7h8i9j0")]
    [InlineData("a1b2c3d4e5f6g7h8i9j0k1l2m3n4")]
    [InlineData("q1w2e3r4q1w2e3r4")]
    [InlineData("Kx9_PqKx9_PqKx9_Pq")]
    public void EnoughVariety_StillAKey(string body)
    {
        // "q1w2e3r4" twice: eight characters used equally, 3 bits each; "Kx9_Pq" three times: six, 2.58 bits.
        var text = Prefix + body;

        Assert.Equal((0, text.Length), Single(text));
    }

    [Theory]
    [InlineData("abcdef")]
    [InlineData("fedcba")]
    [InlineData("012345")]
    [InlineData("987654")]
    [InlineData("MNOPQR")]
    [InlineData("zyxwvu")]
    [InlineData("0123456789")]
    public void OrderedRunOfSix_AnywhereInTheBody_NoKey(string run)
    {
        var body = TestKeys.Body(78, 24);
        foreach (var placed in new[] { run + body, body.Substring(0, 10) + run + body.Substring(10), body + run })
        {
            Assert.Empty(KeyScanner.FindKeys(Prefix + placed));
        }
    }

    [Theory]
    [InlineData("abcde")]
    [InlineData("54321")]
    [InlineData("abcDEF")]
    [InlineData("789abc")]
    [InlineData("xyz-_0")]
    public void RunOfFiveOrBrokenRun_StillAKey(string run)
    {
        // Five in order, a change of case, digits to letters, separators: none is a run of six.
        var text = Prefix + TestKeys.Body(79, 12) + "_" + run + "_" + TestKeys.Body(80, 12);

        Assert.Equal((0, text.Length), Single(text));
    }

    public static TheoryData<string> NotKeyBodies() => new(TestKeys.NotKeyBodies);

    [Theory]
    [MemberData(nameof(NotKeyBodies))]
    [InlineData("FEDCBA9876543210")]
    [InlineData("Test0Key0For0Unit0Tests")]
    [InlineData("MOCK_9f8e7d6c5b4a3f2e1d")]
    [InlineData("Kx9Pq2SampleRt7Lm4Zw")]
    public void TheIssuesFakes_NoKey(string body)
    {
        // Checked here, independently of the word list: a word dropped from it fails this test.
        Assert.Empty(KeyScanner.FindKeys(Prefix + body));
    }

    [Fact]
    public void TheProvidersOwnExample_StillAKey()
    {
        // The body of the key on the provider's "API Key Best Practices" page: letters and digits interleaved.
        var text = Prefix + "a1b2c3d4e5f6g7h8i9j0";

        Assert.Equal((0, text.Length), Single(text));
    }

    /// <summary>
    /// The property the placeholder measures must keep: thousands of random bodies of 16 to 64 characters drawn
    /// from every key character are keys, except the few that happen to hold a placeholder word.
    /// </summary>
    [Fact]
    public void RandomBodies_AlwaysKeys_UnlessTheyHoldAPlaceholderWord()
    {
        const string keyCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
        Assert.All(keyCharacters, c => Assert.True(KeyScanner.IsKeyCharacter(c)));
        var random = new Random(20261130);
        var withWord = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(KeyScanner.MinimumBodyLength, 65)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = keyCharacters[random.Next(keyCharacters.Length)];
            }

            var body = new string(chars);
            var holdsWord = KeyScanner.PlaceholderWords.Any(word => body.Contains(word, StringComparison.OrdinalIgnoreCase));
            withWord += holdsWord ? 1 : 0;
            var text = "\"" + Prefix + body + "\"";
            Assert.True(holdsWord != KeyScanner.TryFindKey(text, 0, text.Length, out _), $"body {i} ({body.Length} characters) was judged wrongly");
        }

        // The words are the only way a random body is skipped, and a rare one.
        Assert.InRange(withWord, 0, 20);
    }

    // ---- What stands before the prefix ----

    [Theory]
    [InlineData("t")]
    [InlineData("x_")]
    [InlineData("9")]
    [InlineData("-")]
    [InlineData("Z")]
    public void KeyCharacterBeforePrefix_NoKey(string before)
    {
        var text = before + Key;

        Assert.Empty(KeyScanner.FindKeys(text));
        Assert.False(KeyScanner.TryReadKeyAt(text, before.Length, out _));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\"")]
    [InlineData("=")]
    [InlineData(":")]
    [InlineData("/")]
    [InlineData("\n")]
    [InlineData("\u00e9")]
    public void OtherCharacterBeforePrefix_Key(string before)
    {
        Assert.Equal((before.Length, Key.Length), Single(before + Key));
    }

    [Fact]
    public void PrefixInsideAnotherWord_SkippedForTheNextKey()
    {
        var text = "x" + Key + " " + Other;

        Assert.True(KeyScanner.TryFindKey(text, 0, text.Length, out var key));
        Assert.Equal((Key.Length + 2, Other.Length), (key.Start, key.Length));
    }

    [Fact]
    public void ShortOrPlaceholderCandidate_SkippedForTheNextKey()
    {
        var text = Prefix + "short " + Prefix + "your-" + TestKeys.Body(76, 20) + " " + Key;

        Assert.Equal((text.Length - Key.Length, Key.Length), Single(text));
    }

    [Fact]
    public void KeysNextToEachOther_TheSecondPrefixIsPartOfTheFirstBody()
    {
        // "-" and letters are key characters, so nothing ends the first key before the second prefix.
        Assert.Equal((0, Key.Length * 2), Single(Key + Other));
    }

    // ---- Several keys, and the range a search covers ----

    [Fact]
    public void FindKeys_EveryKeyInOrder()
    {
        var text = Key + "," + Other + "\n// " + Key;

        var keys = KeyScanner.FindKeys(text).Select(k => (k.Start, k.Length)).ToList();

        Assert.Equal(new[] { (0, Key.Length), (Key.Length + 1, Other.Length), (text.Length - Key.Length, Key.Length) }, keys);
    }

    [Fact]
    public void FindKeys_NoKey_Empty()
    {
        Assert.Empty(KeyScanner.FindKeys(string.Empty));
        Assert.Empty(KeyScanner.FindKeys("class C { string k = \"not a key\"; }"));
    }

    [Fact]
    public void TryFindKey_KeyStartingAtFrom_Found()
    {
        var text = Key + " " + Other;
        var second = Key.Length + 1;

        Assert.True(KeyScanner.TryFindKey(text, second, text.Length, out var key));
        Assert.Equal((second, Other.Length), (key.Start, key.Length));
    }

    [Fact]
    public void TryFindKey_KeyStartingBeforeFrom_NotFound()
    {
        // From inside the first key, the first key does not start in range: the next one is found.
        var text = Key + " " + Other;

        Assert.True(KeyScanner.TryFindKey(text, 1, text.Length, out var key));
        Assert.Equal(Key.Length + 1, key.Start);
        Assert.False(KeyScanner.TryFindKey(Key, 1, Key.Length, out _));
    }

    [Fact]
    public void TryFindKey_KeyStartingAtOrAfterTo_NotFound()
    {
        var text = "a = " + Key;

        Assert.False(KeyScanner.TryFindKey(text, 0, 4, out _));
        Assert.False(KeyScanner.TryFindKey(text, 0, 0, out _));
        Assert.True(KeyScanner.TryFindKey(text, 0, 4 + Prefix.Length, out var key));
        Assert.Equal(4, key.Start);
    }

    [Fact]
    public void TryFindKey_KeyStartingInRange_ReadToItsEnd()
    {
        // The range limits where a key starts, not where it ends.
        var text = Key + " tail";

        Assert.True(KeyScanner.TryFindKey(text, 0, Prefix.Length + 1, out var key));
        Assert.Equal((0, Key.Length), (key.Start, key.Length));
        Assert.Equal(Key.Length, key.End);
    }

    [Fact]
    public void TryFindKey_NoKey_DefaultSpan()
    {
        Assert.False(KeyScanner.TryFindKey("x" + Key, 0, Key.Length + 1, out var key));
        Assert.Equal(default, key);
    }

    [Fact]
    public void TryReadKeyAt_OnlyAtThatPosition()
    {
        var text = "k=" + Key;

        Assert.True(KeyScanner.TryReadKeyAt(text, 2, out var key));
        Assert.Equal((2, Key.Length), (key.Start, key.Length));
        Assert.False(KeyScanner.TryReadKeyAt(text, 3, out _));
        Assert.False(KeyScanner.TryReadKeyAt(Prefix + TestKeys.Body(77, 15), 0, out _));
    }

    // ---- What a message may show ----

    [Fact]
    public void Mask_ThePrefixFourBodyCharactersAndAnEllipsis()
    {
        var text = "key: " + Key;
        var key = KeyScanner.FindKeys(text)[0];

        Assert.Equal(Key.Substring(0, Prefix.Length + 4) + "\u2026", KeyScanner.Mask(text, key));
        Assert.Equal(TestKeys.Mask(Key), KeyScanner.Mask(text, key));
    }
}
