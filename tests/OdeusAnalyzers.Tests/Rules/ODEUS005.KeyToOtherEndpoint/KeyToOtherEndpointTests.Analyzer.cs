using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.KeyToOtherEndpointAnalyzer,
    OdeusAnalyzers.CodeFixes.KeyToOtherEndpointCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// Clients given an Odeus key whose endpoint is missing, another host, or plain http; and those that are not.
public sealed partial class KeyToOtherEndpointTests
{
    [Fact]
    public Task OdeusVariableWithoutEndpoint_Reported() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.ClientModel;
        using OpenAI;
        using OpenAI.Chat;

        class C
        {
            ChatClient A() => new {|#0:ChatClient|}("gpt-4o", Environment.GetEnvironmentVariable("ODEUS_API_KEY")!);

            OpenAIClient B()
            {
                var key = Environment.GetEnvironmentVariable("ODEUS_API_KEY") ?? throw new InvalidOperationException();
                var credential = new ApiKeyCredential(key);
                return new {|#1:OpenAIClient|}(credential, new OpenAIClientOptions());
            }
        }
        """,
        Odeus005(0, "ChatClient", Odeus005Says.Missing),
        Odeus005(1, "OpenAIClient", Odeus005Says.Missing));

    [Fact] // The reader ODEUS001's and ODEUS002's fixes declare still counts as the Odeus key: the fix hides no leak.
    public Task OdeusVariableThroughTheFixesReader_Reported()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System;
                using OpenAI.Chat;

                var client = new {|#0:ChatClient|}("gpt-4o", OdeusApiKey());

                static string OdeusApiKey() => Environment.GetEnvironmentVariable("ODEUS_API_KEY")
                    ?? throw new InvalidOperationException("ODEUS_API_KEY is not set.");

                class C
                {
                    ChatClient A() => new {|#1:ChatClient|}("gpt-4o", OdeusApiKey);

                    private static string OdeusApiKey => Environment.GetEnvironmentVariable("ODEUS_API_KEY")
                        ?? throw new InvalidOperationException("ODEUS_API_KEY is not set.");
                }
                """,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Odeus005(0, "ChatClient", Odeus005Says.Missing));
        test.ExpectedDiagnostics.Add(Odeus005(1, "ChatClient", Odeus005Says.Missing));
        return test.RunAsync();
    }

    [Fact]
    public Task OtherHostsAndHttp_Reported() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.ClientModel;
        using Microsoft.Extensions.Configuration;
        using Microsoft.SemanticKernel;
        using OpenAI;
        using OpenAI.Chat;

        class C
        {
            void M(IConfiguration configuration, IKernelBuilder kernel)
            {
                var key = configuration["Odeus:ApiKey"]!;
                var a = new ChatClient("gpt-4o", new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = {|#0:new Uri("https://api.openai.com/v1")|} });
                var options = new OpenAIClientOptions();
                options.Endpoint = new Uri("http://api.odeus.ai/openai/eu/v1");
                var b = new OpenAIClient(new ApiKeyCredential(key), {|#1:options|});
                kernel.AddOpenAIChatCompletion("gpt-4o", {|#2:new Uri("https://openrouter.ai/api/v1")|}, key);
            }
        }
        """,
        Odeus005(0, "ChatClient", Odeus005Says.OtherHost("api.openai.com")),
        Odeus005(1, "OpenAIClient", Odeus005Says.Http),
        Odeus005(2, "AddOpenAIChatCompletion", Odeus005Says.OtherHost("openrouter.ai")));

    [Fact]
    public Task BetalgoAndKeyLiteral_Reported()
    {
        var key = TestKeys.Odeus(61);
        return Verify.VerifyAnalyzerAsync($$"""
            using Betalgo.Ranul.OpenAI;
            using OpenAI.Chat;

            class C
            {
                void M()
                {
                    var options = new OpenAIOptions { ApiKey = System.Environment.GetEnvironmentVariable("ODEUS_API_KEY")!, BaseDomain = {|#0:"http://api.odeus.ai/openai/eu/"|} };
                    var client = new {|#1:ChatClient|}("gpt-4o", "{{key}}");
                }
            }
            """,
            Odeus005(0, "OpenAIOptions", Odeus005Says.Http),
            Odeus005(1, "ChatClient", Odeus005Says.Missing));
    }

    [Fact]
    public Task BetalgoAzureProvider_ReportedAsAnotherHost() => Verify.VerifyAnalyzerAsync("""
        using Betalgo.Ranul.OpenAI;

        class C
        {
            object Create() => new OpenAIOptions { ProviderType = ProviderType.Azure, {|#0:ApiKey|} = System.Environment.GetEnvironmentVariable("ODEUS_API_KEY")!, ResourceName = "contoso" };
        }
        """, Odeus005(0, "OpenAIOptions", Odeus005Says.NotOdeus("an Azure OpenAI resource")));

    [Fact]
    public Task OdeusHttpsEndpointsRunTimeEndpointsAndOtherKeys_NoDiagnostic() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.ClientModel;
        using System.Net.Http;
        using Microsoft.SemanticKernel;
        using OpenAI;
        using OpenAI.Chat;

        class C
        {
            void M(IKernelBuilder kernel, Uri fromSettings, OpenAIClientOptions given)
            {
                var key = Environment.GetEnvironmentVariable("ODEUS_API_KEY")!;
                var a = new ChatClient("gpt-4o", new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });
                var b = new ChatClient("gpt-4o", new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = new Uri("https://eu.odeus.ai/v1") });
                var c = new ChatClient("gpt-4o", new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = fromSettings });
                var d = new ChatClient("gpt-4o", new ApiKeyCredential(key), given);
                kernel.AddOpenAIChatCompletion("gpt-4o", key, httpClient: new HttpClient { BaseAddress = new Uri("https://api.odeus.ai/openai/eu/v1/") });
                var openAI = new ChatClient("gpt-4o", Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
            }
        }
        """);
}
