using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using OdeusAnalyzers.CodeFixes;
using OdeusAnalyzers.Tests.Verifiers;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// Every rule that looks at clients and keys, run together on a project that runs in the browser: one finding per
/// site (ODEUS004 for the client, ODEUS001 for a key literal), ODEUS002 and ODEUS005 silent on clients, and
/// ODEUS001's only fix redacting the key without producing another finding. The same code in a server project is
/// reported as before.
/// </summary>
public sealed class BrowserProjectTests
{
    private static readonly string Key = TestKeys.Odeus(61);
    private static readonly string Redacted = TestKeys.Prefix + "***";

    private sealed class Test : CSharpCodeFixTest<HardcodedKeyAnalyzer, HardcodedKeyCodeFixProvider, DefaultVerifier>
    {
        public Test(string? property)
        {
            TestDefaults.Apply(this);
            if (property is not null)
            {
                TestState.AnalyzerConfigFiles.Add(BuildProperties.GlobalConfig(property));
            }
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => ImmutableArray.Create<DiagnosticAnalyzer>(
            new HardcodedKeyAnalyzer(), new LiteralKeyToClientAnalyzer(), new BrowserHostedKeyAnalyzer(), new KeyToOtherEndpointAnalyzer());
    }

    [Fact]
    public Task ChatClientWithOdeusKey_OneClientFindingAndTheKeyRedacted()
    {
        var test = new Test(BuildProperties.BlazorWebAssembly)
        {
            TestCode = $$"""
                using OpenAI.Chat;

                class Chat
                {
                    ChatClient Create() => {|#0:new ChatClient("gpt-4o-mini", "{|#1:{{Key}}|}")|};
                }
                """,
            FixedCode = $$"""
                using OpenAI.Chat;

                class Chat
                {
                    ChatClient Create() => {|#0:new ChatClient("gpt-4o-mini", "{{Redacted}}")|};
                }
                """,
        };
        test.TestState.ExpectedDiagnostics.Add(Odeus004(0, "'ChatClient' is built", odeus: true));
        test.TestState.ExpectedDiagnostics.Add(Odeus001InBrowser(1, Key));
        test.FixedState.ExpectedDiagnostics.Add(Odeus004(0, "'ChatClient' is built"));
        return test.RunAsync();
    }

    [Fact]
    public Task ChatClientWithOdeusKey_NoEnvironmentFix()
    {
        var source = $$"""
            using OpenAI.Chat;

            class Chat
            {
                ChatClient Create() => {|#0:new ChatClient("gpt-4o-mini", "{|#1:{{Key}}|}")|};
            }
            """;
        var test = new Test(BuildProperties.BlazorWebAssembly) { TestCode = source, FixedCode = source, CodeActionEquivalenceKey = HardcodedKeyCodeFixProvider.UseEnvironmentVariableKey };
        test.TestState.ExpectedDiagnostics.Add(Odeus004(0, "'ChatClient' is built", odeus: true));
        test.TestState.ExpectedDiagnostics.Add(Odeus001InBrowser(1, Key));
        return test.RunAsync();
    }

    [Fact]
    public Task OpenAIKeyLiteralAndHeader_ClientIsOdeus004AndHeaderStaysOdeus002()
    {
        var source = """
            using System.Net.Http;
            using OpenAI.Chat;

            class Chat
            {
                ChatClient Create() => {|#0:new ChatClient("gpt-4o", "hardcoded-openai-key")|};

                void Send(HttpClient http)
                {
                    http.BaseAddress = new System.Uri("https://api.openai.com/v1/");
                    http.DefaultRequestHeaders.Add("Authorization", "Bearer " + {|#1:"hardcoded-header-key"|});
                }
            }
            """;
        var test = new Test(BuildProperties.BlazorWebAssembly) { TestCode = source, FixedCode = source };
        test.TestState.ExpectedDiagnostics.Add(Odeus004(0, "'ChatClient' is built"));
        test.TestState.ExpectedDiagnostics.Add(Odeus002InBrowser("hardcoded-header-key", "Authorization", "an OpenAI request").WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("'OpenAI.Chat.ChatClient' is built", "users can read the key and CORS blocks Odeus")]
    [InlineData("'Betalgo.Ranul.OpenAI.Managers.OpenAIService' is built", "users can read the key and CORS blocks Odeus")]
    [InlineData("the key is read from configuration 'Odeus:ApiKey'", "users can read the key and CORS blocks Odeus")]
    [InlineData("'AzureOpenAIServiceCollectionExtensions.AddAzureOpenAIChatCompletion' runs", "users can read the key")]
    public void BrowserMessages_AtMost160Characters(string what, string reason) =>
        Assert.InRange(string.Format(Descriptors.BrowserHostedKey.MessageFormat.ToString(), what, reason).Length, 1, 160);

    [Theory]
    [InlineData("source code", "read it from the ODEUS_API_KEY environment variable")]
    [InlineData("a comment", "redact it")]
    [InlineData("code that runs in the browser", "move the call to the backend")]
    public void KeyMessages_AtMost160Characters(string where, string advice) =>
        Assert.InRange(string.Format(Descriptors.HardcodedKey.MessageFormat.ToString(), TestKeys.Mask(Key), where, advice).Length, 1, 160);

    [Fact]
    public Task ServerProject_ChatClientWithOdeusKey_EveryRuleReportsAsBefore()
    {
        var test = new Test(property: null)
        {
            TestCode = $$"""
                using OpenAI.Chat;

                class Chat
                {
                    ChatClient Create() => new {|#2:ChatClient|}("gpt-4o-mini", "{|#1:{{Key}}|}");

                    ChatClient Other() => new ChatClient("gpt-4o", {|#0:"hardcoded-openai-key"|});
                }
                """,
        };
        test.TestState.ExpectedDiagnostics.Add(Odeus001(1, Key));
        test.TestState.ExpectedDiagnostics.Add(Odeus002At(0, "hardcoded-openai-key", "apiKey", "ChatClient"));
        test.TestState.ExpectedDiagnostics.Add(Odeus005(2, "ChatClient", Odeus005Says.Missing));
        return test.RunAsync();
    }
}
