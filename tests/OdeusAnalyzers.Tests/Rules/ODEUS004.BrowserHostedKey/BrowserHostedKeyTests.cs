using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OdeusAnalyzers.BrowserHostedKeyAnalyzer>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

/// <summary>ODEUS004: AI clients, key reads and keys in code that runs in the browser (Blazor WebAssembly).</summary>
public sealed class BrowserHostedKeyTests
{
    private const string Wasm = BuildProperties.BlazorWebAssembly;
    private const string BrowserRuntime = BuildProperties.BrowserRuntime;

    private const string Code = """
        using System;
        using System.ClientModel;
        using System.Net.Http;
        using Microsoft.Extensions.Configuration;
        using Microsoft.SemanticKernel;
        using OpenAI;
        using OpenAI.Chat;

        class Chat
        {
            ChatClient Create(IConfiguration configuration) =>
                {|#0:new ChatClient("gpt-4o", Environment.GetEnvironmentVariable("ODEUS_API_KEY")!)|};

            OpenAIClient Root(IConfiguration configuration) =>
                {|#2:new OpenAIClient(new ApiKeyCredential(configuration["Odeus:ApiKey"]!))|};

            void Register(IKernelBuilder kernel, string key) => {|#4:kernel.AddOpenAIChatCompletion("gpt-4o", key)|};

            // The app's own backend: not an AI client.
            HttpClient Backend() => new HttpClient { BaseAddress = new Uri("https://localhost:5001/") };
        }
        """;

    private static Verify.Test WithProperties(string source, params string[] properties)
    {
        var test = new Verify.Test { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(BuildProperties.GlobalConfig(properties));
        return test;
    }

    [Theory]
    [InlineData(Wasm)]
    [InlineData(BrowserRuntime)]
    public Task BlazorWebAssembly_ClientsReportedWithTheKeyReadsInTheirArguments(string property)
    {
        var test = WithProperties(Code, property);
        test.ExpectedDiagnostics.Add(Odeus004(0, "'ChatClient' is built", odeus: true));
        test.ExpectedDiagnostics.Add(Odeus004(2, "'OpenAIClient' is built", odeus: true));
        test.ExpectedDiagnostics.Add(Odeus004(4, "'AddOpenAIChatCompletion' runs"));
        return test.RunAsync();
    }

    [Fact]
    public Task KeyReadsOutsideClients_EachReportedOnItsOwn()
    {
        var test = WithProperties("""
            using System;
            using Microsoft.Extensions.Configuration;
            using OpenAI.Chat;

            class Chat
            {
                ChatClient Create(IConfiguration configuration)
                {
                    var key = {|#0:Environment.GetEnvironmentVariable("ODEUS_API_KEY")|}!;
                    var other = {|#1:configuration["OpenAI:ApiKey"]|}!;
                    return {|#2:new ChatClient("gpt-4o", key)|};
                }
            }
            """, Wasm);
        test.ExpectedDiagnostics.Add(Odeus004(0, "the key is read from ODEUS_API_KEY", odeus: true));
        test.ExpectedDiagnostics.Add(Odeus004(1, "the key is read from configuration 'OpenAI:ApiKey'"));
        test.ExpectedDiagnostics.Add(Odeus004(2, "'ChatClient' is built"));
        return test.RunAsync();
    }

    [Fact]
    public Task KeyLiteralInClientArguments_OneFindingOnTheClient()
    {
        var key = TestKeys.Odeus(52);
        var test = WithProperties($$"""
            using OpenAI.Chat;

            class Chat
            {
                ChatClient Create() => {|#0:new ChatClient("gpt-4o-mini", "{{key}}")|};
            }
            """, Wasm);
        test.ExpectedDiagnostics.Add(Odeus004(0, "'ChatClient' is built", odeus: true));
        return test.RunAsync();
    }

    [Fact]
    public Task OpenAIClientWithOpenAIKey_NoCors()
    {
        var test = WithProperties("""
            using System;
            using OpenAI.Chat;

            class Chat
            {
                ChatClient Create() => {|#0:new ChatClient("gpt-4o", Environment.GetEnvironmentVariable("OPENAI_API_KEY")!)|};
            }
            """, Wasm);
        test.ExpectedDiagnostics.Add(Odeus004(0, "'ChatClient' is built"));
        return test.RunAsync();
    }

    [Fact]
    public Task ClientWithOdeusEndpoint_Cors()
    {
        var test = WithProperties("""
            using System;
            using System.ClientModel;
            using OpenAI;
            using OpenAI.Chat;

            class Chat
            {
                ChatClient Create(string key) => {|#0:new ChatClient("gpt-4o", new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") })|};
            }
            """, Wasm);
        test.ExpectedDiagnostics.Add(Odeus004(0, "'ChatClient' is built", odeus: true));
        return test.RunAsync();
    }

    [Fact]
    public Task BlazorWebAssembly_KeyLiteralReported()
    {
        var key = TestKeys.Odeus(51);
        var test = WithProperties($$"""class C { const string Key = "{|#0:{{key}}|}"; }""", Wasm);
        test.ExpectedDiagnostics.Add(Odeus004(0, $"Odeus API key '{TestKeys.Mask(key)}' is written", odeus: true));
        return test.RunAsync();
    }

    [Fact]
    public Task OpenAIVariableAndConfigurationKeyOption_Reported()
    {
        var test = WithProperties("""
            using System;
            using Microsoft.Extensions.Configuration;

            class C
            {
                string A() => {|#0:Environment.GetEnvironmentVariable("TEAM_OPENAI_KEY")|} ?? "";
                string B(IConfiguration configuration) => {|#1:configuration["Ai:Key"]|} ?? "";
                string C2(IConfiguration configuration) => configuration["Logging:Level"] ?? "";
                string D() => Environment.GetEnvironmentVariable("PATH") ?? "";
            }
            """, Wasm);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            odeus.openai_environment_variable = TEAM_OPENAI_KEY
            odeus.configuration_key = Ai:Key
            """));
        test.ExpectedDiagnostics.Add(Odeus004(0, "the key is read from TEAM_OPENAI_KEY"));
        test.ExpectedDiagnostics.Add(Odeus004(1, "the key is read from configuration 'Ai:Key'", odeus: true));
        return test.RunAsync();
    }

    [Fact]
    public Task OtherSdks_ReportedAndConfigurationWritesNot()
    {
        var test = WithProperties("""
            #pragma warning disable MEAI001
            using System;
            using Azure;
            using Azure.AI.OpenAI;
            using Betalgo.Ranul.OpenAI.Managers;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Configuration;

            class C
            {
                void M(IConfiguration configuration, string key)
                {
                    var azure = {|#0:new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential(key))|};
                    var realtime = {|#1:new OpenAIRealtimeClient(key, "gpt-realtime")|};
                    var betalgo = {|#2:new OpenAIRealtimeService(key)|};
                    configuration["Odeus:ApiKey"] = key;
                }
            }
            """, Wasm);
        test.ExpectedDiagnostics.Add(Odeus004(0, "'AzureOpenAIClient' is built"));
        test.ExpectedDiagnostics.Add(Odeus004(1, "'OpenAIRealtimeClient' is built"));
        test.ExpectedDiagnostics.Add(Odeus004(2, "'OpenAIRealtimeService' is built"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("")]
    [InlineData("build_property.UsingMicrosoftNETSdkBlazorWebAssembly = false")]
    [InlineData("build_property.RuntimeIdentifier = linux-x64")]
    [InlineData("build_property.UsingMicrosoftNETSdkWeb = true")]
    public Task ServerAndOtherProjects_NoDiagnostic(string property) => WithProperties(Code.Replace("{|#0:", "").Replace("{|#2:", "").Replace("{|#4:", "").Replace("|}", ""), property).RunAsync();

    [Fact]
    public Task UserTypesWithClientNames_NoDiagnostic() => WithProperties("""
        class ChatClient
        {
            public ChatClient(string model, string apiKey) { }
        }

        class C
        {
            object Create() => new ChatClient("gpt-4o", "key");
        }
        """, Wasm).RunAsync();
}
