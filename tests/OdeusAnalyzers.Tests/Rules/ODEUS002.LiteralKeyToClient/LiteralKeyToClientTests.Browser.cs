using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.LiteralKeyToClientAnalyzer,
    OdeusAnalyzers.CodeFixes.LiteralKeyToClientCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// In a project that runs in the browser, a key given to an SDK client is ODEUS004's finding, on the client: reading it
// from a variable would not make it private. Keys in HTTP headers stay ODEUS002's.
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
            const string Key = "abcdefghijklmnopqrstuvwxyz";

            ChatClient Chat() => new ChatClient("gpt-4o", Key);

            OpenAIClient Root() => new OpenAIClient(new ApiKeyCredential("abcdefghijklmnop"));

            AzureOpenAIClient Azure() => new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential("0123456789abcdef0123456789abcdef"));
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
        test.ExpectedDiagnostics.Add(Odeus002("hardcoded-shared-key", "Authorization", "an OpenAI request"));
        return test.RunAsync();
    }
}
