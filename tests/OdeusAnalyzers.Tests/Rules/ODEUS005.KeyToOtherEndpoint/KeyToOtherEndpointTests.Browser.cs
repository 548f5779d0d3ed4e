using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.KeyToOtherEndpointAnalyzer,
    OdeusAnalyzers.CodeFixes.KeyToOtherEndpointCodeFixProvider>;

namespace OdeusAnalyzers.Tests;

// In a project that runs in the browser, ODEUS004 is the finding for a client, whatever its endpoint.
public sealed partial class KeyToOtherEndpointTests
{
    [Theory]
    [InlineData(BuildProperties.BlazorWebAssembly)]
    [InlineData(BuildProperties.BrowserRuntime)]
    public Task BrowserProject_NoDiagnostic(string property)
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using System;
                using System.ClientModel;
                using OpenAI;
                using OpenAI.Chat;

                class C
                {
                    ChatClient Default() => new ChatClient("gpt-4o", {{ReadKey}});

                    ChatClient Other() => new ChatClient("gpt-4o", new ApiKeyCredential({{ReadKey}}), new OpenAIClientOptions { Endpoint = new Uri("https://api.openai.com/v1") });

                    ChatClient Plain() => new ChatClient("gpt-4o", new ApiKeyCredential({{ReadKey}}), new OpenAIClientOptions { Endpoint = new Uri("http://api.odeus.ai/openai/eu/v1") });
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(BuildProperties.GlobalConfig(property));
        return test.RunAsync();
    }
}
