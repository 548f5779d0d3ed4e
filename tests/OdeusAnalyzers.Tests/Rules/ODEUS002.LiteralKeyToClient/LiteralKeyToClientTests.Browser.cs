using Microsoft.CodeAnalysis.Testing;
using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.LiteralKeyToClientAnalyzer,
    OdeusAnalyzers.CodeFixes.LiteralKeyToClientCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// In a project that runs in the browser, a key given to an SDK client is ODEUS004's finding, on the client: reading it
// from a variable would not make it private. Keys in HTTP headers stay ODEUS002's, which there says to move the call
// to the backend and offers no fix.
public sealed partial class LiteralKeyToClientTests
{
    private static Verify.Test InBrowser(string source)
    {
        var test = new Verify.Test { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(BuildProperties.GlobalConfig(BuildProperties.BlazorWebAssembly));
        return test;
    }

    [Fact]
    public Task BrowserProject_KeysGivenToClientsAndCredentials_NoDiagnostic() => InBrowser("""
        using System;
        using System.ClientModel;
        using Azure;
        using Azure.AI.OpenAI;
        using OpenAI;
        using OpenAI.Chat;

        class C
        {
            const string Key = "hardcoded-chat-key";

            ChatClient Chat() => new ChatClient("gpt-4o", Key);

            OpenAIClient Root() => new OpenAIClient(new ApiKeyCredential("hardcoded-root-key"));

            AzureOpenAIClient Azure() => new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential("hardcoded-azure-key"));
        }
        """).RunAsync();

    [Fact]
    public Task BrowserProject_KeyShared_ReportedForTheHeaderOnly()
    {
        var test = InBrowser("""
            using System.Net.Http;
            using OpenAI.Chat;

            class C
            {
                const string Key = {|#0:"hardcoded-shared-key"|};

                ChatClient Chat() => new ChatClient("gpt-4o", Key);

                void Send(HttpClient http)
                {
                    http.BaseAddress = new System.Uri("https://api.openai.com/v1/");
                    {|#1:http.DefaultRequestHeaders.Add("Authorization", "Bearer " + Key)|};
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Odeus002InBrowser("hardcoded-shared-key", "Authorization", "an OpenAI request").WithLocation(0).WithLocation(1));
        return test.RunAsync();
    }

    [Fact] // Reading the key from a variable would leave it public in the browser: no fix, alone or in Fix All.
    public Task BrowserProject_Header_NoFixOffered()
    {
        const string Source = """
            using System.Net.Http;

            class C
            {
                void Send(HttpClient http)
                {
                    http.BaseAddress = new System.Uri("https://api.odeus.ai/openai/eu/v1/");
                    http.DefaultRequestHeaders.Add("Authorization", {|#0:"Bearer hardcoded-header-key"|});
                }
            }
            """;
        var test = InBrowser(Source);
        test.FixedCode = Source;
        test.ExpectedDiagnostics.Add(Odeus002InBrowser("hardcoded-header-key", "Authorization", "an Odeus request").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        test.FixedState.ExpectedDiagnostics.Add(Odeus002InBrowser("hardcoded-header-key", "Authorization", "an Odeus request").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        return test.RunAsync();
    }
}
