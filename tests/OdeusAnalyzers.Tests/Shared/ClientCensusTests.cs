using Microsoft.CodeAnalysis.Testing;
using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.LiteralKeyToClientAnalyzer,
    Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// The client census through ODEUS002: what the syntax filter, the declarations and the member slices let through.
/// Each case is one the census could get wrong by skipping too much or binding too little.
/// </summary>
public sealed class ClientCensusTests
{
    private static DiagnosticResult At(int location, string value) => Expected.Odeus002At(location, value, "apiKey", "ChatClient");

    private static Task VerifyFilesAsync(string[] sources, params DiagnosticResult[] expected) => VerifyFilesAsync(sources, Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary, expected);

    private static Task VerifyFilesAsync(string[] sources, Microsoft.CodeAnalysis.OutputKind outputKind, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test();
        test.TestState.OutputKind = outputKind;
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
            test.FixedState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task ConstChainThroughAThirdFile_ReportedWhereTheValueIsWritten() => VerifyFilesAsync(
        new[]
        {
            """
            using OpenAI.Chat;

            class Factory
            {
                ChatClient Create() => new ChatClient("gpt-4o", Settings.Key);
            }
            """,
            """
            static class Settings
            {
                public const string Key = Defaults.Value;
            }
            """,
            """
            static class Defaults
            {
                internal const string Value = {|#0:"three-files-away"|};
            }
            """,
        },
        At(0, "three-files-away"));

    [Fact]
    public Task TargetTypedNewAssignedToAField_Reported() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class Service
        {
            private ChatClient _client;

            void Start()
            {
                _client = new("gpt-4o", {|#0:"target-typed"|});
            }
        }
        """, At(0, "target-typed"));

    [Fact]
    public Task TargetTypedNewInAFileThatNamesNoClient_NotReported() => VerifyFilesAsync(
        new[]
        {
            """
            using OpenAI.Chat;

            static class Clients
            {
                public static ChatClient Chat { get; set; } = null!;
            }
            """,
            """
            class Other
            {
                void Start() => Clients.Chat = new("gpt-4o", Key());

                static string Key() => System.Environment.GetEnvironmentVariable("OPENAI_API_KEY")!;
            }
            """,
        });

    [Fact]
    public Task KeyLocalDeclaredStatementsBeforeTheClient_ReportedThroughTheSlice() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.ClientModel;
        using OpenAI.Chat;

        class Service
        {
            ChatClient Create(bool verbose)
            {
                var key = {|#0:"sliced-local"|};
                Console.WriteLine("unrelated");
                if (verbose)
                {
                    Console.WriteLine("more unrelated work");
                }

                var credential = new ApiKeyCredential(key);
                Console.WriteLine(DateTime.Now);
                return new ChatClient("gpt-4o", credential);
            }
        }
        """,
        Expected.Odeus002At(0, "sliced-local", "credential", "ChatClient"));

    [Fact]
    public Task LocalServerOptionsSetStatementsBeforeTheClient_NotReported() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.ClientModel;
        using OpenAI;
        using OpenAI.Chat;

        class Service
        {
            ChatClient Create()
            {
                var options = new OpenAIClientOptions();
                Console.WriteLine("unrelated");
                options.Endpoint = new Uri("http://localhost:1234/v1");
                Console.WriteLine("more unrelated work");
                return new ChatClient("local-model", new ApiKeyCredential("not-needed"), options);
            }
        }
        """);

    [Fact]
    public Task KeyReassignedInALaterStatement_ReportsEveryConstantWritten() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class Service
        {
            ChatClient Create(bool staging)
            {
                string key = {|#0:"first-value"|};
                System.Console.WriteLine("unrelated");
                if (staging)
                {
                    key = {|#1:"second-value"|};
                }

                return new ChatClient("gpt-4o", key);
            }
        }
        """, At(0, "first-value"), At(1, "second-value"));

    [Fact]
    public Task KeyAssignedFromAParameterInALaterStatement_NotReported() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class Service
        {
            ChatClient Create(string fromCaller)
            {
                string key = "default-value";
                System.Console.WriteLine("unrelated");
                key = fromCaller;
                return new ChatClient("gpt-4o", key);
            }
        }
        """);

    [Fact]
    public Task TopLevelStatements_ReportedThroughTheSlice() => VerifyFilesAsync(
        new[]
        {
            """
            using OpenAI.Chat;

            var model = "gpt-4o";
            System.Console.WriteLine("unrelated");
            var key = {|#0:"top-level"|};
            var client = new ChatClient(model, key);
            System.Console.WriteLine(client);
            """,
        },
        Microsoft.CodeAnalysis.OutputKind.ConsoleApplication,
        At(0, "top-level"));

    [Fact]
    public Task ClientInALambdaOfALongerMethod_Reported() => Verify.VerifyAnalyzerAsync("""
        using System;
        using OpenAI.Chat;

        class Service
        {
            void Register(Action<Func<ChatClient>> register)
            {
                Console.WriteLine("unrelated");
                register(() => new ChatClient("gpt-4o", {|#0:"in-a-lambda"|}));
                Console.WriteLine("more unrelated work");
            }
        }
        """, At(0, "in-a-lambda"));

    [Fact]
    public Task HeaderWithAnotherName_NotReported() => Verify.VerifyAnalyzerAsync("""
        using System.Net.Http;

        class Api
        {
            void Configure(HttpClient http) => http.DefaultRequestHeaders.Add("X-Api-Version", "2024-10-01");
        }
        """);

    [Fact]
    public Task EnvironmentVariableThatNamesNoKey_NotReported() => Verify.VerifyAnalyzerAsync("""
        class Setup
        {
            void Configure() => System.Environment.SetEnvironmentVariable("DOTNET_ENVIRONMENT", "Development");
        }
        """);

    [Fact]
    public Task PublicSettingsPropertyReadAtTheClient_NotReported() => VerifyFilesAsync(
        new[]
        {
            """
            using OpenAI.Chat;

            class Factory
            {
                ChatClient Create() => new ChatClient("gpt-4o", AppSettings.OpenAI.ApiKey);
            }
            """,
            """
            static class AppSettings
            {
                public static OpenAISettings OpenAI { get; } = new();
            }

            class OpenAISettings
            {
                public string ApiKey { get; set; } = "public-default";
            }
            """,
        });

    [Fact]
    public Task StaticFactoryWrittenThroughItsType_Reported() => Verify.VerifyAnalyzerAsync("""
        using Betalgo.Ranul.OpenAI.Managers;

        class Voice
        {
            object Start() => OpenAIRealtimeService.Create({|#0:"static-factory"|});
        }
        """,
        Expected.Odeus002At(0, "static-factory", "apiKey", "OpenAIRealtimeService.Create"));

    [Fact]
    public Task LocalServerInTheSameConstruction_NotReported() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.ClientModel;
        using OpenAI;
        using OpenAI.Chat;

        class Local
        {
            ChatClient Create() => new("local-model", new ApiKeyCredential("not-needed"), new OpenAIClientOptions { Endpoint = new Uri("http://localhost:1234/v1") });
        }
        """);

    [Fact]
    public Task LocalServerGivenToAnotherCall_DoesNotExemptTheClient() => Verify.VerifyAnalyzerAsync("""
        using System;
        using OpenAI;
        using OpenAI.Chat;

        class Wiring
        {
            static void Register(ChatClient client, OpenAIClientOptions localOptions) { }

            void Start() => Register(new ChatClient("gpt-4o", {|#0:"no-endpoint"|}), new OpenAIClientOptions { Endpoint = new Uri("http://localhost:1234/v1") });
        }
        """, At(0, "no-endpoint"));
}
