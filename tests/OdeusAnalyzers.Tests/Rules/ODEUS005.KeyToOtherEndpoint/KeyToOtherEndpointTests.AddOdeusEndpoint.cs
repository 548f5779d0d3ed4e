using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.KeyToOtherEndpointAnalyzer,
    OdeusAnalyzers.CodeFixes.KeyToOtherEndpointCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// "Send the key to https://api.odeus.ai/openai/eu/v1" (or the odeus.endpoint option) for a client without an endpoint,
// and where it is not offered.
public sealed partial class KeyToOtherEndpointTests
{
    [Fact]
    public Task StringKeyWithoutEndpoint_GetsCredentialAndOdeusOptions() => Fix($$"""
        using System;
        using OpenAI.Chat;

        class C
        {
            ChatClient Create() => new {|#0:ChatClient|}("gpt-4o", {{ReadKey}});
        }
        """, $$"""
        using System;
        using System.ClientModel;
        using OpenAI;
        using OpenAI.Chat;

        class C
        {
            ChatClient Create() => new ChatClient("gpt-4o", new ApiKeyCredential({{ReadKey}}), new OpenAIClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });
        }
        """, "AddOdeusEndpoint", Odeus005(0, "ChatClient", Odeus005Says.Missing));

    [Fact]
    public Task OptionsWithoutEndpoint_GetTheEndpoint() => Fix($$"""
        using System;
        using System.ClientModel;
        using OpenAI;

        class C
        {
            OpenAIClient Create() => new {|#0:OpenAIClient|}(new ApiKeyCredential({{ReadKey}}), new OpenAIClientOptions { UserAgentApplicationId = "app" });
        }
        """, $$"""
        using System;
        using System.ClientModel;
        using OpenAI;

        class C
        {
            OpenAIClient Create() => new OpenAIClient(new ApiKeyCredential({{ReadKey}}), new OpenAIClientOptions { UserAgentApplicationId = "app", Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });
        }
        """, "AddOdeusEndpoint", Odeus005(0, "OpenAIClient", Odeus005Says.Missing));

    [Fact]
    public Task ClientWithItsOwnOptionsType_GetsThatType() => Fix($$"""
        #pragma warning disable OPENAI001
        using System;
        using OpenAI.Responses;

        class C
        {
            ResponsesClient Create() => new {|#0:ResponsesClient|}({{ReadKey}});
        }
        """, $$"""
        #pragma warning disable OPENAI001
        using System;
        using System.ClientModel;
        using OpenAI.Responses;

        class C
        {
            ResponsesClient Create() => new ResponsesClient(new ApiKeyCredential({{ReadKey}}), new ResponsesClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });
        }
        """, "AddOdeusEndpoint", Odeus005(0, "ResponsesClient", Odeus005Says.Missing));

    [Fact]
    public Task KernelRegistration_GetsTheEndpointOverload() => Fix($$"""
        using System;
        using Microsoft.SemanticKernel;

        class C
        {
            void M(IKernelBuilder kernel) => kernel.{|#0:AddOpenAIChatCompletion|}("gpt-4o", {{ReadKey}});
        }
        """, $$"""
        using System;
        using Microsoft.SemanticKernel;

        class C
        {
            void M(IKernelBuilder kernel) => kernel.AddOpenAIChatCompletion("gpt-4o", new Uri("https://api.odeus.ai/openai/eu/v1"), {{ReadKey}});
        }
        """, "AddOdeusEndpoint", Odeus005(0, "AddOpenAIChatCompletion", Odeus005Says.Missing));

    [Fact]
    public Task EndpointOption_IsWritten()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using System;
                using Microsoft.SemanticKernel;

                class C
                {
                    void M(IKernelBuilder kernel) => kernel.{|#0:AddOpenAIChatCompletion|}("gpt-4o", apiKey: {{ReadKey}});
                }
                """,
            FixedCode = $$"""
                using System;
                using Microsoft.SemanticKernel;

                class C
                {
                    void M(IKernelBuilder kernel) => kernel.AddOpenAIChatCompletion("gpt-4o", apiKey: {{ReadKey}}, endpoint: new Uri("https://us.api.odeus.ai/openai/us/v1"));
                }
                """,
            CodeActionEquivalenceKey = "AddOdeusEndpoint",
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            odeus.endpoint = https://us.api.odeus.ai/openai/us/v1
            """));
        test.ExpectedDiagnostics.Add(Odeus005(0, "AddOpenAIChatCompletion", Odeus005Says.Missing));
        return test.RunAsync();
    }

    [Fact]
    public Task OtherHostOrNoKnownShape_NoFix()
    {
        const string Source = """
            #pragma warning disable MEAI001
            using System;
            using System.ClientModel;
            using Microsoft.Extensions.AI;
            using OpenAI;
            using OpenAI.Chat;

            class C
            {
                void M()
                {
                    var a = new ChatClient("gpt-4o", new ApiKeyCredential(Environment.GetEnvironmentVariable("ODEUS_API_KEY")!), new OpenAIClientOptions { Endpoint = {|#0:new Uri("https://api.openai.com/v1")|} });
                    var b = new {|#1:OpenAIRealtimeClient|}(Environment.GetEnvironmentVariable("ODEUS_API_KEY")!, "gpt-realtime");
                }
            }
            """;
        return Fix(Source, Source, "AddOdeusEndpoint",
            Odeus005(0, "ChatClient", Odeus005Says.OtherHost("api.openai.com")),
            Odeus005(1, "OpenAIRealtimeClient", Odeus005Says.Missing));
    }
}
