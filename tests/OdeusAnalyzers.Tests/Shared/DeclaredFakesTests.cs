using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// DeclaredFakes, which ODEUS002 asks of a value before anything is bound and again of the traced value: the words, in
/// any case and with any separator; the slots for a real key, which are not fakes; random keys, which never are.
/// </summary>
public sealed class DeclaredFakesTests
{
    /// <summary>Issue 14's fixtures and retry demos from public codebases, which ODEUS002 must leave alone.</summary>
    public static TheoryData<string> TheIssuesFakes() => new(new[]
    {
        "fake_key", "sk-not-a-real-key", "mock-credential", "test-key", "bad-key", "invalid_key", "BAD_KEY", "FakeApiKey",
    });

    [Theory]
    [MemberData(nameof(TheIssuesFakes))]
    [InlineData("not_a_real_key")]
    [InlineData("NotARealKey")]
    [InlineData("myFakeKey")]
    [InlineData("APIKeyDummy")]
    [InlineData("dummy")]
    [InlineData("SAMPLE")]
    [InlineData("key for testing")]
    [InlineData("test123")]
    [InlineData("mock2")]
    [InlineData("Bearer fake-token")]
    [InlineData("sk-proj-Invalid-Key-42")]
    [InlineData("sk-not-a-real-key-9f8e7d6c5b4a")]
    [InlineData("sk-1234567890")]
    [InlineData("Bearer 987654")]
    public void DeclaresItselfFake(string value) => Assert.True(DeclaredFakes.IsDeclaredFake(value));

    [Theory] // An Odeus-shaped value whose body is an ordered run; the prefix is joined at run time.
    [InlineData("abcdefghijklmnop")]
    [InlineData("0123456789abcdef")]
    public void OdeusPrefixAndOrderedRun_DeclaresItselfFake(string body) => Assert.True(DeclaredFakes.IsDeclaredFake(TestKeys.Prefix + body));

    [Theory]
    [InlineData("your_key")]
    [InlineData("changeme")]
    [InlineData("<api-key>")]
    [InlineData("replace-me")]
    [InlineData("placeholder")]
    [InlineData("key")]
    [InlineData("not-needed")]
    [InlineData("latest")]
    [InlineData("contest")]
    [InlineData("myfake")]
    [InlineData("a9bad3")]
    [InlineData("x9bad3Qz7mock2")]
    [InlineData("sk-proj-FAKE-9f8e7d6c5b4a")]
    [InlineData("BAD0_BZhlO9vNFeHYdLHH")]
    [InlineData("not a key")]
    [InlineData("sk-ld-your-key-here")]
    [InlineData("xxxxxxxxxxxxxxxx")]
    [InlineData("12345")]
    [InlineData("")]
    public void DoesNotDeclareItselfFake(string value) => Assert.False(DeclaredFakes.IsDeclaredFake(value));

    [Fact]
    public void EveryWord_InAnyCase_WithAnySeparator()
    {
        foreach (var word in DeclaredFakes.Words)
        {
            foreach (var cased in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word.Substring(1) })
            {
                foreach (var value in new[] { cased, cased + "-key", "key_" + cased, "api." + cased + ".key", "my" + char.ToUpperInvariant(word[0]) + word.Substring(1) + "Key" })
                {
                    Assert.True(DeclaredFakes.IsDeclaredFake(value), value);
                }
            }
        }
    }

    /// <summary>
    /// Keys as providers make them never declare themselves fake by chance: OpenAI-style base62 and base64url bodies
    /// (the latter with '-' and '_' inside, which split it into parts: one began "BAD0_" when a part with digits
    /// could still hold words) and Azure-style hex, from a seeded generator.
    /// </summary>
    [Theory]
    [InlineData("sk-", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 48)]
    [InlineData("sk-proj-", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 156)]
    [InlineData("", "0123456789abcdef", 32)]
    public void RandomKeys_NeverFake(string prefix, string alphabet, int length)
    {
        var random = new Random(1130 + length);
        for (var i = 0; i < 5_000; i++)
        {
            var chars = new char[length];
            for (var j = 0; j < length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            Assert.False(DeclaredFakes.IsDeclaredFake(prefix + new string(chars)), $"random key {i} judged fake");
        }
    }

    [Fact]
    public void Verdicts_AFakeIsNeverKept_ARealConstantNextToItIs()
    {
        var tree = CSharpSyntaxTree.ParseText("""
            class C
            {
                const string Key = "fake-key";
                void M(bool b)
                {
                    var local = "mock";
                    var either = "test-key";
                    if (b) either = "hardcoded";
                    Use(Key);
                    Use(local);
                    Use("Bearer invalid");
                    Use(either);
                    Use("my" + "fake");
                    Use(b ? "fake" : "dummy");
                }
                void Use(string value) { }
            }
            """);
        var constants = new PossibleConstants(tree.GetText(), tree.GetRoot());
        var verdicts = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(call => constants.Judge(call.ArgumentList.Arguments[0].Expression)).ToList();

        Assert.Equal(new[] { true, true, true, false, false, false }, verdicts.Select(v => v.IsDeclaredFake));
        Assert.Equal(new[] { false, false, false, true, true, true }, verdicts.Select(v => v.IsMaybe));
    }
}
