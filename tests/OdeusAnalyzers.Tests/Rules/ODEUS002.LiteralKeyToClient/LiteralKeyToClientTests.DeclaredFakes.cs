using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.LiteralKeyToClientAnalyzer,
    OdeusAnalyzers.CodeFixes.LiteralKeyToClientCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// Values that declare themselves fake, which ODEUS002 leaves alone, the slots for a real key it still reports, and
// test projects, where it is off.
public sealed partial class LiteralKeyToClientTests
{
    [Theory]
    [MemberData(nameof(DeclaredFakesTests.TheIssuesFakes), MemberType = typeof(DeclaredFakesTests))]
    [InlineData("dummy")]
    [InlineData("SAMPLE.KEY")]
    [InlineData("myTestKey123")]
    [InlineData("key for testing")]
    [InlineData("NotARealKey")]
    [InlineData("sk-proj-FAKE-KEY-123")]
    public Task DeclaredFake_InAnyPlace_NoDiagnostic(string value) => NoDiagnostic($$"""
        using System.Net.Http;
        using OpenAI.Chat;

        class C
        {
            private const string Key = "{{value}}";
            private static readonly string Field = "{{value}}";

            void M(HttpClient http)
            {
                var local = "{{value}}";
                var a = new ChatClient("gpt-4o", "{{value}}");
                var b = new ChatClient("gpt-4o", Key);
                var c = new ChatClient("gpt-4o", local);
                var d = new ChatClient("gpt-4o", Field);
                http.DefaultRequestHeaders.Add("Authorization", "Bearer {{value}}");
                http.DefaultRequestHeaders.Add("Authorization", "Bearer " + Key);
            }
        }
        """);

    [Fact] // Issue 14's fake Odeus keys, which ODEUS001 skips: no finding from either rule.
    public Task FakeOdeusKeys_NoDiagnostic() => NoDiagnostic($$"""
        using OpenAI.Chat;

        class C
        {
            ChatClient[] Create() => new[]
            {
        {{string.Concat(TestKeys.NotKeyBodies.Select(body => $"        new ChatClient(\"gpt-4o\", \"{TestKeys.Prefix}{body}\"),\n"))}}
            };
        }
        """);

    [Theory]
    [InlineData("your_key")]
    [InlineData("changeme")]
    [InlineData("<api-key>")]
    [InlineData("replace-me")]
    [InlineData("latest")]
    [InlineData("contest-entry")]
    [InlineData("x9bad3Qz7mock2")]
    [InlineData("sk-proj-FAKE-9f8e7d6c5b4a")]
    public Task SlotForARealKey_OrGeneratedText_Reported(string value) => Verify.VerifyAnalyzerAsync($$"""
        using OpenAI.Chat;

        class C
        {
            ChatClient Create() => new ChatClient("gpt-4o", {|#0:"{{value}}"|});
        }
        """, Reported(value));

    [Fact]
    public Task FakeConstInAnotherFile_NoDiagnostic_AndOneBuiltFromFakeParts() => VerifyFilesAsync(
        new[]
        {
            """
            using OpenAI.Chat;

            class Factory
            {
                ChatClient Declared() => new ChatClient("gpt-4o", Fixtures.Key);
                ChatClient Built() => new ChatClient("gpt-4o", Fixtures.Built);
            }
            """,
            """
            static class Fixtures
            {
                public const string Key = "invalid-api-key";
                public const string Part = "mock";
                public const string Built = Part + "-credential";
            }
            """,
        });

    [Fact]
    public Task FakeAndRealValuesOfOneLocal_OnlyTheRealOneReported() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class C
        {
            ChatClient Create(bool retryDemo)
            {
                var key = {|#0:"hardcoded-value"|};
                if (retryDemo)
                {
                    key = "bad-key";
                }

                return new ChatClient("gpt-4o", key);
            }
        }
        """, Reported("hardcoded-value"));

    [Fact] // The first is judged fake only once bound: its parts are not fakes, the traced value is.
    public Task ConcatenatedValue_JudgedWhole() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class C
        {
            private const string Prefix = "fa";
            ChatClient Fake() => new ChatClient("gpt-4o", Prefix + "ke-token");
            ChatClient Real() => new ChatClient("gpt-4o", {|#0:"my" + "fake"|});
        }
        """, Reported("myfake"));

    [Fact]
    public Task FixAll_FixesTheSlotAndLeavesTheFakeAlone() => Fix("""
        using OpenAI.Chat;

        class C
        {
            ChatClient Real() => new ChatClient("gpt-4o", {|#0:"changeme"|});
            ChatClient Fake() => new ChatClient("gpt-4o", "fake-key");
        }
        """, $$"""
        using System;
        using OpenAI.Chat;

        class C
        {
            ChatClient Real() => new ChatClient("gpt-4o", {{EnvironmentRead(OpenAIVariable, 8)}});
            ChatClient Fake() => new ChatClient("gpt-4o", "fake-key");
        }
        """, UseEnvironmentVariable, Reported("changeme"));

    [Theory]
    [InlineData("OPENAI_API_KEY", true)]
    [InlineData("MY_TEAM_KEY_2", true)]
    [InlineData("BAD_KEY", false)]
    [InlineData("TEST_API_KEY", false)]
    [InlineData("INVALID_KEY", false)]
    [InlineData("FAKE_OPENAI_KEY", false)]
    public void LooksLikeVariableName_OnlyWhenItDoesNotDeclareItselfFake(string value, bool looksLikeOne) =>
        Assert.Equal(looksLikeOne, LiteralKeyDiagnostic.LooksLikeVariableName(value));

    [Theory]
    [InlineData("true", false)]
    [InlineData("True", false)]
    [InlineData(" true ", false)]
    [InlineData("false", true)]
    [InlineData("", true)]
    public Task TestProject_NothingReported(string isTestProject, bool reported)
    {
        var value = reported ? "{|#0:\"replace-me\"|}" : "\"replace-me\"";
        var test = new Verify.Test
        {
            TestCode = $$"""
                using OpenAI.Chat;

                class ClientTests
                {
                    ChatClient Create() => new ChatClient("gpt-4o", {{value}});
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.IsTestProject = {isTestProject}\n"));
        if (reported)
        {
            test.ExpectedDiagnostics.Add(Reported("replace-me"));
        }

        return test.RunAsync();
    }
}
