using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.LiteralKeyToClientAnalyzer,
    OdeusAnalyzers.CodeFixes.LiteralKeyToClientCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// What ODEUS002 leaves alone: empty keys, local endpoints, user types with SDK names, Odeus keys (ODEUS001's), and
// compilations without any SDK.
public sealed partial class LiteralKeyToClientTests
{
    [Fact]
    public Task EmptyWhitespaceAndNull_NoDiagnostic() => NoDiagnostic("""
        using System;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.SemanticKernel;
        using OpenAI.Chat;

        class C
        {
            void M(IServiceCollection services)
            {
                var a = new ChatClient("gpt-4o", "");
                var b = new ChatClient("gpt-4o", "   ");
                services.AddOpenAIChatCompletion("llama3", new Uri("https://example.com/v1"), apiKey: null);
                services.AddOpenAIChatCompletion("llama3", new Uri("https://example.com/v1"));
            }
        }
        """);

    [Theory]
    [InlineData("http://localhost:11434/v1")]
    [InlineData("http://127.0.0.1:1234/v1")]
    [InlineData("http://127.10.0.1:8080/")]
    [InlineData("http://[::1]:8080/v1")]
    public Task LoopbackEndpoints_NoDiagnostic(string endpoint) => NoDiagnostic($$"""
        using System;
        using System.ClientModel;
        using System.Net.Http;
        using Betalgo.Ranul.OpenAI;
        using Microsoft.SemanticKernel;
        using OpenAI;
        using OpenAI.Chat;

        class C
        {
            void M(IKernelBuilder builder)
            {
                var a = new ChatClient("llama3", new ApiKeyCredential("not-needed"), new OpenAIClientOptions { Endpoint = new Uri("{{endpoint}}") });
                var options = new OpenAIClientOptions();
                options.Endpoint = new Uri("{{endpoint}}");
                var credential = new ApiKeyCredential("ollama");
                var b = new OpenAIClient(credential, options);
                builder.AddOpenAIChatCompletion("llama3", new Uri("{{endpoint}}"), "lm-studio");
                builder.AddOpenAIChatCompletion("llama3", "dummy", httpClient: new HttpClient { BaseAddress = new Uri("{{endpoint}}") });
                var c = new OpenAIOptions { ApiKey = "local", BaseDomain = "{{endpoint}}" };
            }
        }
        """);

    [Theory]
    [InlineData("http://localhost:5273/v1")]
    [InlineData("http://127.0.0.1:1234/v1")]
    [InlineData("http://[::1]:8080/v1")]
    public Task LoopbackEndpointsInStringLocalsAndFields_NoDiagnostic(string endpoint) => NoDiagnostic($$"""
        using System;
        using System.ClientModel;
        using Microsoft.SemanticKernel;
        using OpenAI;
        using OpenAI.Chat;

        class C
        {
            private const string Local = "{{endpoint}}";
            private static readonly string LocalServer = "{{endpoint}}";
            private string localUrl = "{{endpoint}}";

            void M(IKernelBuilder builder)
            {
                var baseUrl = "{{endpoint}}";
                var options = new OpenAIClientOptions();
                options.Endpoint = new Uri(baseUrl);
                var a = new OpenAIClient(new ApiKeyCredential("lm-studio"), options);
                var b = new ChatClient("llama3", new ApiKeyCredential("ollama"), new OpenAIClientOptions { Endpoint = new Uri(LocalServer) });
                var c = new ChatClient("llama3", new ApiKeyCredential("ollama"), new OpenAIClientOptions { Endpoint = new Uri(localUrl) });
                builder.AddOpenAIChatCompletion("llama3", new Uri(Local), "lm-studio");
            }
        }
        """);

    [Fact]
    public Task OtherHostInAStringLocal_StillReported() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.ClientModel;
        using OpenAI;

        class C
        {
            void M()
            {
                var baseUrl = "https://example.com/v1";
                var options = new OpenAIClientOptions();
                options.Endpoint = new Uri(baseUrl);
                var a = new OpenAIClient(new ApiKeyCredential({|#0:"lm-studio"|}), options);
            }
        }
        """, Odeus002At(0, "lm-studio", "credential", "OpenAIClient"));

    [Fact]
    public Task UserTypesAndMethodsSharingNames_NoDiagnostic() => NoDiagnostic("""
        namespace MyApp
        {
            class OpenAIOptions
            {
                public string ApiKey { get; set; } = "";
            }

            class ChatClient
            {
                public ChatClient(string model, string apiKey) { }
            }

            class C
            {
                void M()
                {
                    var options = new OpenAIOptions { ApiKey = "mine" };
                    var client = new ChatClient("gpt-4o", "mine");
                    Connect(apiKey: "mine");
                }

                static void Connect(string apiKey) { }
            }
        }
        """);

    [Fact]
    public Task OdeusKeyShape_LeftToODEUS001() => NoDiagnostic($$"""
        using OpenAI;

        class C
        {
            OpenAIClient Create() => new OpenAIClient("{{TestKeys.Odeus(3)}}");
        }
        """);

    [Fact]
    public async Task NoSinkTypes_RegistersNothing()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { void M() { } }");
        var bare = CSharpCompilation.Create("Bare", new[] { tree });
        var withRuntime = CSharpCompilation.Create("Runtime", new[] { tree }, Basic.Reference.Assemblies.Net100.References.All);

        var bareActions = await Telemetry(bare);
        var runtimeActions = await Telemetry(withRuntime);

        Assert.Equal(0, bareActions.OperationActionsCount + bareActions.SyntaxNodeActionsCount + bareActions.SyntaxTreeActionsCount);
        Assert.Equal(1, runtimeActions.SyntaxTreeActionsCount); // System.Net.Http and System.Environment are always there.
    }

    private static async Task<AnalyzerTelemetryInfo> Telemetry(Compilation compilation)
    {
        var analyzer = new LiteralKeyToClientAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(
            System.Collections.Immutable.ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(default), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }
}
