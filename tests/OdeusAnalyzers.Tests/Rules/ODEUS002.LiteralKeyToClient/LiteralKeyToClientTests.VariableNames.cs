using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.LiteralKeyToClientAnalyzer,
    OdeusAnalyzers.CodeFixes.LiteralKeyToClientCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// The environment variable ODEUS002's message and fix name: a value that is itself a variable's name, and the options.
public sealed partial class LiteralKeyToClientTests
{
    [Theory]
    [InlineData("OPENAI_API_KEY")]
    [InlineData("ODEUS_API_KEY")]
    [InlineData("MY_TEAM_KEY_2")]
    public Task VariableNamePassedAsKey_MessageSaysSoAndNamesIt(string name) => Verify.VerifyAnalyzerAsync($$"""
        using OpenAI.Chat;

        class C
        {
            ChatClient Create() => {|#1:new ChatClient("gpt-4o", {|#0:"{{name}}"|})|};
        }
        """, Odeus002VariableName(name, "apiKey", "ChatClient").WithLocation(0).WithLocation(1));

    [Fact]
    public Task OptionsChooseTheVariables()
    {
        const string Source = """
                using System;
                using Azure;
                using Azure.AI.OpenAI;
                using OpenAI.Chat;

                class C
                {
                    void M()
                    {
                        var a = new ChatClient("gpt-4o", {|#0:"openai"|});
                        var b = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential({|#1:"azure"|}));
                        var c = new ChatClient("gpt-4o", {|#2:"sk-ld-short"|});
                    }
                }
                """;
        var test = new Verify.Test
        {
            TestCode = Source,
            FixedCode = $$"""
                using System;
                using Azure;
                using Azure.AI.OpenAI;
                using OpenAI.Chat;

                class C
                {
                    void M()
                    {
                        var a = new ChatClient("gpt-4o", {{EnvironmentRead("TEAM_OPENAI_KEY", 12)}});
                        var b = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential({{EnvironmentRead("TEAM_AZURE_KEY", 12)}}));
                        var c = new ChatClient("gpt-4o", {{EnvironmentRead("TEAM_ODEUS_KEY", 12)}});
                    }
                }
                """,
            CodeActionEquivalenceKey = UseEnvironmentVariable,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            odeus.openai_environment_variable = TEAM_OPENAI_KEY
            odeus.azure_openai_environment_variable = TEAM_AZURE_KEY
            odeus.environment_variable = TEAM_ODEUS_KEY
            """));
        test.ExpectedDiagnostics.Add(Odeus002At(0, "openai", "apiKey", "ChatClient", "TEAM_OPENAI_KEY"));
        test.ExpectedDiagnostics.Add(Odeus002At(1, "azure", "credential", "AzureOpenAIClient", "TEAM_AZURE_KEY"));
        test.ExpectedDiagnostics.Add(Odeus002At(2, "sk-ld-short", "apiKey", "ChatClient", "TEAM_ODEUS_KEY"));
        return test.RunAsync();
    }
}
