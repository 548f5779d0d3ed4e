using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// TextSearch, the ordinal search over a SourceText in chunks of 8192 characters that ODEUS002, 004 and 005 run before
/// any tree walk: every occurrence found once, wherever it falls against the chunks.
/// </summary>
public sealed class TextSearchTests
{
    private const int Chunk = 8192;

    /// <summary>A text of <paramref name="length"/> dots with <paramref name="word"/> written at each of <paramref name="positions"/>.</summary>
    private static SourceText TextWith(int length, string word, params int[] positions) =>
        TextWith(length, positions.Select(position => (position, word)).ToArray());

    /// <summary>
    /// A text of <paramref name="length"/> dots with each word written at its position, as an edited buffer: a text
    /// the search copies in chunks (a file's text as the compiler reads it is searched in place, see below).
    /// </summary>
    private static SourceText TextWith(int length, params (int Position, string Word)[] words)
    {
        var chars = new string('.', length).ToCharArray();
        foreach (var (position, word) in words)
        {
            word.CopyTo(0, chars, position, word.Length);
        }

        return Edited(new string(chars));
    }

    /// <summary>The same characters as an edited text (not the compiler's one-string text).</summary>
    private static SourceText Edited(string content) =>
        SourceText.From(content).WithChanges(new TextChange(new TextSpan(0, 0), string.Empty), new TextChange(new TextSpan(content.Length, 0), string.Empty)) is var same && same.GetType().Name != "StringText"
            ? same
            : SourceText.From("x" + content).WithChanges(new TextChange(new TextSpan(0, 1), string.Empty));

    [Fact]
    public void InPlaceAndChunked_FindTheSamePositions()
    {
        var random = new Random(7);
        var words = new[] { "Client", "OpenAI", "sk-ld-", "ApiKey" };
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 3 * Chunk)
        {
            builder.Append(random.Next(4) == 0 ? words[random.Next(words.Length)] : new string('.', random.Next(1, 40)));
        }

        var content = builder.ToString();
        var inPlace = SourceText.From(content);
        var chunked = Edited(content);

        Assert.Equal("StringText", inPlace.GetType().Name);
        Assert.NotEqual("StringText", chunked.GetType().Name);
        Assert.Equal(Sorted(TextSearch.FindAny(inPlace, words)), Sorted(TextSearch.FindAny(chunked, words)));
        Assert.Equal(Sorted(TextSearch.FindAny(inPlace, words, StringComparison.OrdinalIgnoreCase)), Sorted(TextSearch.FindAny(chunked, words, StringComparison.OrdinalIgnoreCase)));
    }

    private static int[] Sorted(List<int>? positions) => Assert.IsType<List<int>>(positions).Order().ToArray();

    [Fact]
    public void Word_FoundAtEveryPositionOfAShortText()
    {
        const string Word = "ApiKey";
        for (var position = 0; position <= 40 - Word.Length; position++)
        {
            Assert.Equal(new[] { position }, Sorted(TextSearch.Find(TextWith(40, Word, position), Word)));
        }
    }

    /// <summary>Positions where a word of <paramref name="length"/> characters starts before, across and after the ends of the first chunks.</summary>
    public static TheoryData<int, int> AroundChunkEnds()
    {
        var data = new TheoryData<int, int>();
        foreach (var length in new[] { 1, 2, 6, 17 })
        {
            // The search reads chunks that overlap by one character less than the longest word.
            var secondChunkEnd = Chunk - (length - 1) + Chunk;
            foreach (var end in new[] { Chunk, secondChunkEnd })
            {
                for (var position = end - length - 1; position <= end + 1; position++)
                {
                    data.Add(length, position);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AroundChunkEnds))]
    public void Word_AroundAChunkEnd_FoundOnce(int length, int position)
    {
        var word = new string('k', length);

        Assert.Equal(new[] { position }, Sorted(TextSearch.Find(TextWith(3 * Chunk, word, position), word)));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(100)]
    [InlineData(Chunk - 1)]
    [InlineData(Chunk)]
    [InlineData(Chunk + 1)]
    [InlineData(Chunk + 5)]
    [InlineData(2 * Chunk - 5)]
    [InlineData(2 * Chunk + 100)]
    [InlineData(5 * Chunk)]
    public void Word_AtTheVeryEnd_Found(int length)
    {
        // The chunks overlap by 5 here: at 2 * Chunk - 5 the text ends exactly with the second chunk.
        const string Word = "apiKey";
        var positions = new[] { 0, length - Word.Length }.Distinct().ToArray();

        Assert.Equal(positions, Sorted(TextSearch.Find(TextWith(length, Word, positions), Word)));
    }

    [Fact]
    public void ManyOccurrencesAcrossChunks_EachFoundOnce()
    {
        const string Word = "Bearer";
        var positions = Enumerable.Range(0, 2000).Select(i => i * 37).ToArray();
        var text = TextWith(2000 * 37, Word, positions);

        Assert.Equal(positions, Sorted(TextSearch.Find(text, Word)));
    }

    [Fact]
    public void WordsOfDifferentLengths_EachFoundOnceAcrossChunks()
    {
        // The longest word sets the overlap of the chunks (7): "abcdefgh" straddles the end of the first chunk, and
        // "ab" also starts it, and stands in the overlap, read by two chunks, just before it.
        var text = TextWith(2 * Chunk, (7, "ab"), (Chunk - 8, "ab"), (Chunk - 6, "ab"), (Chunk - 4, "abcdefgh"));

        var positions = TextSearch.FindAny(text, new[] { "ab", "abcdefgh" });

        Assert.Equal(new[] { 7, Chunk - 8, Chunk - 6, Chunk - 4, Chunk - 4 }, Sorted(positions));
    }

    [Fact]
    public void OverlappingOccurrences_EachFound()
    {
        var text = SourceText.From("aaaa abcd");

        Assert.Equal(new[] { 0, 1, 2 }, Sorted(TextSearch.Find(text, "aa")));
        Assert.Equal(new[] { 5, 6 }, Sorted(TextSearch.FindAny(text, new[] { "abc", "bcd" })));
        Assert.Equal(new[] { 5, 5 }, Sorted(TextSearch.FindAny(text, new[] { "ab", "abcd" })));
    }

    [Fact]
    public void SeveralWords_EveryOccurrenceOfEach()
    {
        var text = SourceText.From("new ChatClient(apiKey: key); client.ApiKey = key; new EmbeddingClient(\"m\", key);");

        var positions = TextSearch.FindAny(text, new[] { "ChatClient", "EmbeddingClient", "apiKey", "ApiKey" });

        Assert.Equal(new[] { 4, 15, 36, 54 }, Sorted(positions));
    }

    [Fact]
    public void Ordinal_MatchesCaseExactly()
    {
        var text = SourceText.From("Authorization AUTHORIZATION authorization");

        Assert.Equal(new[] { 0 }, Sorted(TextSearch.Find(text, "Authorization")));
        Assert.Equal(new[] { 0 }, Sorted(TextSearch.FindAny(text, new[] { "Authorization" })));
        Assert.Null(TextSearch.Find(text, "AuthoriZation"));
    }

    [Fact]
    public void IgnoreCase_MatchesEveryCase()
    {
        var text = TextWith(2 * Chunk, (3, "AUTHORIZATION"), (100, "authorization"), (200, "Authorization"), (Chunk - 5, "aUtHoRiZaTiOn"));

        var positions = TextSearch.FindAny(text, new[] { "Authorization" }, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(new[] { 3, 100, 200, Chunk - 5 }, Sorted(positions));
        Assert.Equal(new[] { 200 }, Sorted(TextSearch.FindAny(text, new[] { "Authorization" }, StringComparison.Ordinal)));
        Assert.Null(TextSearch.FindAny(SourceText.From("Authorisation"), new[] { "authorization" }, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Absent_Null()
    {
        Assert.Null(TextSearch.Find(TextWith(3 * Chunk, "x"), "ApiKey"));
        Assert.Null(TextSearch.FindAny(SourceText.From("ApiKe"), new[] { "ApiKey", "Bearer" }));
        Assert.Null(TextSearch.Find(SourceText.From("Api"), "ApiKey"));
    }

    [Fact]
    public void EmptyText_OrNoWords_Null()
    {
        Assert.Null(TextSearch.Find(SourceText.From(string.Empty), "ApiKey"));
        Assert.Null(TextSearch.FindAny(SourceText.From(string.Empty), new[] { "ApiKey" }, StringComparison.OrdinalIgnoreCase));
        Assert.Null(TextSearch.FindAny(SourceText.From("ApiKey"), Array.Empty<string>()));
        Assert.Null(TextSearch.FindAny(SourceText.From("ApiKey"), new[] { string.Empty }));
    }

    [Fact]
    public void ShorterTextAfterALongerOne_NothingLeftFromTheLastSearch()
    {
        // The chunk buffer is reused on a thread: what the previous text left in it must not be read as this text.
        Assert.NotNull(TextSearch.Find(TextWith(Chunk, "ApiKey", 100), "ApiKey"));

        Assert.Null(TextSearch.Find(SourceText.From(new string('.', 99)), "ApiKey"));

        // "Api" ends this text where "ApiKey" stood in the last one.
        Assert.Null(TextSearch.Find(SourceText.From(new string('.', 100) + "Api"), "ApiKey"));
    }

    [Fact]
    public void TextReadFromAStream_SamePositions()
    {
        const string Word = "ApiKey";
        var expected = new[] { 0, Chunk - 2, 40_000, 100_000 - Word.Length };
        var content = TextWith(100_000, Word, expected).ToString();
        var text = SourceText.From(new MemoryStream(Encoding.UTF8.GetBytes(content)), Encoding.UTF8);

        Assert.Equal(expected, Sorted(TextSearch.Find(text, Word)));
    }

    [Fact]
    public void Contains_InPlaceAndChunked_AtEitherEndAndAcrossAChunk()
    {
        foreach (var position in new[] { 0, Chunk - 3, 3 * Chunk - 6 })
        {
            var chunked = TextWith(3 * Chunk, "ApiKey", position);
            Assert.True(TextSearch.Contains(chunked, "ApiKey"));
            Assert.True(TextSearch.Contains(SourceText.From(chunked.ToString()), "ApiKey"));
        }

        Assert.False(TextSearch.Contains(TextWith(3 * Chunk, "ApiKe", Chunk - 3), "ApiKey"));
        Assert.False(TextSearch.Contains(SourceText.From("ApiKe"), "ApiKey"));
    }

    [Fact]
    public void InASpan_PositionsAndCounts_InPlaceAndCopied()
    {
        var positions = new[] { 10, 40, 41 + Chunk, 2 * Chunk };
        var chunked = TextWith(3 * Chunk, "Endpoint", positions);
        var span = TextSpan.FromBounds(20, 2 * Chunk + 8);

        foreach (var text in new[] { chunked, SourceText.From(chunked.ToString()) })
        {
            // 10 starts before the span; 2 * Chunk ends exactly at its end.
            Assert.Equal(new[] { 40, 41 + Chunk, 2 * Chunk }, TextSearch.FindIn(text, span, "Endpoint"));
            Assert.Equal(2, TextSearch.CountIn(text, span, "Endpoint", atMost: 2));
            Assert.Equal(3, TextSearch.CountIn(text, span, "Endpoint", atMost: 10));
            Assert.Null(TextSearch.FindIn(text, TextSpan.FromBounds(41, 41 + Chunk), "Endpoint"));
            Assert.True(TextSearch.Contains(text, span, "Endpoint"));
            Assert.False(TextSearch.Contains(text, TextSpan.FromBounds(2 * Chunk + 1, 3 * Chunk), "Endpoint"));
        }
    }
}
