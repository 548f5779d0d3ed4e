using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Testing;
using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.LiteralKeyToClientAnalyzer,
    OdeusAnalyzers.CodeFixes.LiteralKeyToClientCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

/// <summary>ODEUS002: which constants reaching which clients are reported, and what the message says.</summary>
public sealed class LiteralKeyToClientAnalyzerTests
{
    private static Task NoDiagnostic(string source) => Verify.VerifyAnalyzerAsync(source);

    /// <summary>Several files of one project, and what the analyzer reports in them.</summary>
    private static Task VerifyFilesAsync(string[] sources, params DiagnosticResult[] expected) => VerifyFilesAsync(sources, null, expected);

    /// <summary>The same, and the files after "Read the key from VAR"; the same files check that it is not offered.</summary>
    private static Task VerifyFilesAsync(string[] sources, string[]? fixedSources, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { CodeActionEquivalenceKey = "UseEnvironmentVariable" };
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var source in fixedSources ?? Array.Empty<string>())
        {
            test.FixedState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    // ---- OpenAI SDK ----

    [Fact]
    public Task ChatClientLiteral_ReportsOnTheLiteralWithTheClient() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class C
        {
            ChatClient Create() => {|#1:new ChatClient("gpt-4o", {|#0:"not-needed"|})|};
        }
        """, Odeus002("not-needed", "apiKey", "OpenAI.Chat.ChatClient"));

    [Theory]
    [InlineData("OpenAI.OpenAIClient", "")]
    [InlineData("OpenAI.Embeddings.EmbeddingClient", "\"text-embedding-3-small\", ")]
    [InlineData("OpenAI.Audio.AudioClient", "\"whisper-1\", ")]
    [InlineData("OpenAI.Images.ImageClient", "\"dall-e-3\", ")]
    [InlineData("OpenAI.Moderations.ModerationClient", "\"omni-moderation-latest\", ")]
    [InlineData("OpenAI.Files.OpenAIFileClient", "")]
    [InlineData("OpenAI.Models.OpenAIModelClient", "")]
    [InlineData("OpenAI.Responses.ResponsesClient", "")]
    [InlineData("OpenAI.Assistants.AssistantClient", "")]
    [InlineData("OpenAI.Batch.BatchClient", "")]
    [InlineData("OpenAI.FineTuning.FineTuningClient", "")]
    [InlineData("OpenAI.VectorStores.VectorStoreClient", "")]
    [InlineData("OpenAI.Realtime.RealtimeClient", "")]
    public Task EveryOpenAIClientConstructor_Reports(string client, string model) => Verify.VerifyAnalyzerAsync($$"""
        #pragma warning disable OPENAI001, OPENAI002
        class C
        {
            object Create() => {|#1:new {{client}}({{model}}{|#0:"test-key"|})|};
        }
        """, Odeus002("test-key", "apiKey", client));

    [Fact]
    public Task NamedOutOfOrderAndTargetTypedArguments_Report() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class C
        {
            void M()
            {
                var a = new ChatClient(apiKey: {|#0:"key-a"|}, model: "gpt-4o");
                ChatClient b = new(model: "gpt-4o", apiKey: {|#1:"key-b"|});
            }
        }
        """,
        Odeus002At(0, "key-a", "apiKey", "OpenAI.Chat.ChatClient"),
        Odeus002At(1, "key-b", "apiKey", "OpenAI.Chat.ChatClient"));

    [Fact]
    public Task CredentialPassedToClient_NamesTheClient() => Verify.VerifyAnalyzerAsync("""
        using System.ClientModel;
        using OpenAI;

        class C
        {
            OpenAIClient Create() => {|#1:new OpenAIClient(new ApiKeyCredential({|#0:"placeholder"|}))|};
        }
        """, Odeus002("placeholder", "credential", "OpenAI.OpenAIClient"));

    [Fact]
    public Task CredentialInALocalPassedOn_NamesTheClient() => Verify.VerifyAnalyzerAsync("""
        using System.ClientModel;
        using OpenAI;
        using OpenAI.Chat;

        class C
        {
            ChatClient Create()
            {
                var credential = new ApiKeyCredential({|#0:"placeholder"|});
                return {|#1:new ChatClient("gpt-4o", credential, new OpenAIClientOptions())|};
            }
        }
        """, Odeus002("placeholder", "credential", "OpenAI.Chat.ChatClient"));

    [Fact]
    public Task CredentialSharedByTwoClients_BothAreAdditionalLocations() => Verify.VerifyAnalyzerAsync("""
        using System.ClientModel;
        using OpenAI.Chat;
        using OpenAI.Embeddings;

        class C
        {
            void M()
            {
                var credential = new ApiKeyCredential({|#0:"shared-credential"|});
                var chat = {|#1:new ChatClient("gpt-4o", credential)|};
                var embeddings = {|#2:new EmbeddingClient("text-embedding-3-small", credential)|};
            }
        }
        """, Odeus002("shared-credential", "credential", "OpenAI.Chat.ChatClient").WithLocation(2));

    [Fact]
    public Task CredentialAlone_AndUpdate_Report() => Verify.VerifyAnalyzerAsync("""
        using System.ClientModel;

        class C
        {
            void M()
            {
                var credential = {|#1:new ApiKeyCredential({|#0:"first"|})|};
                {|#3:credential.Update({|#2:"second"|})|};
            }
        }
        """,
        Odeus002("first", "key", "System.ClientModel.ApiKeyCredential"),
        Odeus002("second", "key", "System.ClientModel.ApiKeyCredential.Update", location: 2, clientLocation: 3));

    [Fact]
    public Task AzureOpenAIClient_ReadsTheAzureVariable() => Verify.VerifyAnalyzerAsync("""
        using System;
        using Azure;
        using Azure.AI.OpenAI;

        class C
        {
            AzureOpenAIClient Create() =>
                {|#1:new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential({|#0:"azure-key"|}))|};
        }
        """, Odeus002("azure-key", "credential", "Azure.AI.OpenAI.AzureOpenAIClient", "AZURE_OPENAI_API_KEY"));

    [Fact]
    public Task AzureKeyCredentialAlone_ReadsTheAzureVariable() => Verify.VerifyAnalyzerAsync("""
        using Azure;

        class C
        {
            AzureKeyCredential Create() => {|#1:new AzureKeyCredential({|#0:"azure-key"|})|};
        }
        """, Odeus002("azure-key", "key", "Azure.AzureKeyCredential", "AZURE_OPENAI_API_KEY"));

    [Theory]
    [InlineData("https://api.odeus.ai/openai/eu/v1")]
    [InlineData("https://EU.API.ODEUS.AI/v1")]
    public Task OdeusEndpoint_ReadsTheOdeusVariable(string endpoint) => Verify.VerifyAnalyzerAsync($$"""
        using System;
        using System.ClientModel;
        using OpenAI;
        using OpenAI.Chat;

        class C
        {
            ChatClient Create() => {|#1:new ChatClient("gpt-4o", new ApiKeyCredential({|#0:"placeholder"|}), new OpenAIClientOptions { Endpoint = new Uri("{{endpoint}}") })|};
        }
        """, Odeus002("placeholder", "credential", "OpenAI.Chat.ChatClient", "ODEUS_API_KEY"));

    [Fact]
    public Task OdeusPrefixedPlaceholder_ReadsTheOdeusVariable() => Verify.VerifyAnalyzerAsync("""
        using OpenAI;

        class C
        {
            OpenAIClient Create() => {|#1:new OpenAIClient({|#0:"sk-ld-your-key"|})|};
        }
        """, Odeus002("sk-ld-your-key", "apiKey", "OpenAI.OpenAIClient", "ODEUS_API_KEY"));

    // ---- Semantic Kernel, Microsoft.Extensions.AI, Betalgo ----

    [Fact]
    public Task KernelBuilderExtension_ReducedAndStaticForms_Report() => Verify.VerifyAnalyzerAsync("""
        using Microsoft.SemanticKernel;

        class C
        {
            void M(IKernelBuilder builder)
            {
                builder.AddOpenAIChatCompletion("gpt-4o", {|#0:"reduced"|});
                OpenAIKernelBuilderExtensions.AddOpenAIChatCompletion(builder, "gpt-4o", {|#1:"static"|});
                builder.AddOpenAIChatCompletion(apiKey: {|#2:"named"|}, modelId: "gpt-4o");
            }
        }
        """,
        Odeus002At(0, "reduced", "apiKey", "Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions.AddOpenAIChatCompletion"),
        Odeus002At(1, "static", "apiKey", "Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions.AddOpenAIChatCompletion"),
        Odeus002At(2, "named", "apiKey", "Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions.AddOpenAIChatCompletion"));

    [Fact]
    public Task KernelBuilderWithOdeusEndpoint_ReadsTheOdeusVariable() => Verify.VerifyAnalyzerAsync("""
        using System;
        using Microsoft.SemanticKernel;

        class C
        {
            void M(IKernelBuilder builder) =>
                builder.AddOpenAIChatCompletion("gpt-4o", new Uri("https://api.odeus.ai/openai/eu/v1"), {|#0:"placeholder"|});
        }
        """, Odeus002At(0, "placeholder", "apiKey", "Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions.AddOpenAIChatCompletion", "ODEUS_API_KEY"));

    [Fact]
    public Task ServiceCollectionAndConnectorServices_Report() => Verify.VerifyAnalyzerAsync("""
        #pragma warning disable SKEXP0010
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.Connectors.OpenAI;
        using Microsoft.SemanticKernel.Connectors.AzureOpenAI;

        class C
        {
            void M(IServiceCollection services, IKernelBuilder builder)
            {
                services.AddOpenAIChatClient("gpt-4o", {|#0:"chat-client"|});
                services.AddOpenAIChatCompletion("gpt-4o", {|#1:"chat-completion"|});
                var service = new OpenAIChatCompletionService("gpt-4o", {|#2:"service"|});
                var image = new OpenAITextToImageService({|#3:"image"|});
                builder.AddAzureOpenAIChatCompletion("deployment", "https://contoso.openai.azure.com/", {|#4:"azure"|});
                var azure = new AzureOpenAIChatCompletionService("deployment", "https://contoso.openai.azure.com/", {|#5:"azure-service"|});
            }
        }
        """,
        Odeus002At(0, "chat-client", "apiKey", "Microsoft.Extensions.DependencyInjection.OpenAIServiceCollectionExtensions.AddOpenAIChatClient"),
        Odeus002At(1, "chat-completion", "apiKey", "Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions.AddOpenAIChatCompletion"),
        Odeus002At(2, "service", "apiKey", "Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIChatCompletionService"),
        Odeus002At(3, "image", "apiKey", "Microsoft.SemanticKernel.Connectors.OpenAI.OpenAITextToImageService"),
        Odeus002At(4, "azure", "apiKey", "Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions.AddAzureOpenAIChatCompletion", "AZURE_OPENAI_API_KEY"),
        Odeus002At(5, "azure-service", "apiKey", "Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIChatCompletionService", "AZURE_OPENAI_API_KEY"));

    [Fact]
    public Task ExtensionsAIRealtimeClient_Reports() => Verify.VerifyAnalyzerAsync("""
        #pragma warning disable MEAI001
        using Microsoft.Extensions.AI;

        class C
        {
            object Create() => {|#1:new OpenAIRealtimeClient({|#0:"realtime"|}, "gpt-realtime")|};
            object Session() => new OpenAIRealtimeClientSession({|#2:"session"|}, "gpt-realtime");
        }
        """,
        Odeus002("realtime", "apiKey", "Microsoft.Extensions.AI.OpenAIRealtimeClient"),
        Odeus002At(2, "session", "apiKey", "Microsoft.Extensions.AI.OpenAIRealtimeClientSession"));

    [Fact]
    public Task BetalgoOptions_InitializerAssignmentAndRegistration_Report() => Verify.VerifyAnalyzerAsync("""
        using Betalgo.Ranul.OpenAI;
        using Betalgo.Ranul.OpenAI.Extensions;
        using Microsoft.Extensions.DependencyInjection;

        class C
        {
            void M(IServiceCollection services)
            {
                var options = new OpenAIOptions { ApiKey = {|#0:"initializer"|} };
                options.ApiKey = {|#1:"assignment"|};
                services.AddOpenAIService(o => o.ApiKey = {|#2:"registration"|});
                services.AddOpenAIService(o =>
                {
                    o.ApiKey = {|#3:"block"|};
                });
            }
        }
        """,
        Odeus002At(0, "initializer", "ApiKey", "Betalgo.Ranul.OpenAI.OpenAIOptions"),
        Odeus002At(1, "assignment", "ApiKey", "Betalgo.Ranul.OpenAI.OpenAIOptions"),
        Odeus002At(2, "registration", "ApiKey", "Betalgo.Ranul.OpenAI.OpenAIOptions"),
        Odeus002At(3, "block", "ApiKey", "Betalgo.Ranul.OpenAI.OpenAIOptions"));

    [Fact]
    public Task BetalgoAzureProvider_ReadsTheAzureVariable() => Verify.VerifyAnalyzerAsync("""
        using Betalgo.Ranul.OpenAI;

        class C
        {
            object Create() => new OpenAIOptions { ProviderType = ProviderType.Azure, ApiKey = {|#0:"azure"|}, ResourceName = "contoso" };
        }
        """, Odeus002At(0, "azure", "ApiKey", "Betalgo.Ranul.OpenAI.OpenAIOptions", "AZURE_OPENAI_API_KEY"));

    [Fact] // Its fix: LiteralArgument_ReadsOpenAIVariable.
    public Task ClientNamespaceFromAGlobalUsing_Reports() => VerifyFilesAsync(
        new[]
        {
            "global using OpenAI.Chat;",
            """
            class C
            {
                ChatClient Create() => new ChatClient("gpt-4o", {|#0:"global-using"|});
                ChatClient TargetTyped() { ChatClient client = new("gpt-4o", {|#1:"target-typed"|}); return client; }
            }
            """,
        },
        Odeus002At(0, "global-using", "apiKey", "OpenAI.Chat.ChatClient"),
        Odeus002At(1, "target-typed", "apiKey", "OpenAI.Chat.ChatClient"));

    [Fact]
    public Task BetalgoRealtimeService_Reports() => Verify.VerifyAnalyzerAsync("""
        using Betalgo.Ranul.OpenAI.Builders;
        using Betalgo.Ranul.OpenAI.Managers;

        class C
        {
            void M()
            {
                var a = new OpenAIRealtimeService({|#0:"constructor"|});
                var b = OpenAIRealtimeService.Create({|#1:"factory"|});
                var c = new OpenAIRealtimeServiceBuilder({|#2:"builder"|});
            }
        }
        """,
        Odeus002At(0, "constructor", "apiKey", "Betalgo.Ranul.OpenAI.Managers.OpenAIRealtimeService"),
        Odeus002At(1, "factory", "apiKey", "Betalgo.Ranul.OpenAI.Managers.OpenAIRealtimeService.Create"),
        Odeus002At(2, "builder", "apiKey", "Betalgo.Ranul.OpenAI.Builders.OpenAIRealtimeServiceBuilder"));

    // ---- Raw HTTP and the environment ----

    [Fact]
    public Task AuthorizationHeaders_Report() => Verify.VerifyAnalyzerAsync("""
        using System.Net.Http;
        using System.Net.Http.Headers;

        class C
        {
            void M(HttpClient client, HttpRequestMessage request)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {|#0:"bearer-parameter"|});
                client.DefaultRequestHeaders.Add("Authorization", {|#1:"Bearer header-value"|});
                request.Headers.TryAddWithoutValidation("authorization", {|#2:"bearer lower-case"|});
                request.Headers.Add("api-key", {|#3:"azure-style"|});
            }
        }
        """,
        Odeus002At(0, "bearer-parameter", "parameter", "System.Net.Http.Headers.AuthenticationHeaderValue"),
        Odeus002At(1, "header-value", "value", "System.Net.Http.Headers.HttpHeaders.Add"),
        Odeus002At(2, "lower-case", "value", "System.Net.Http.Headers.HttpHeaders.TryAddWithoutValidation"),
        Odeus002At(3, "azure-style", "value", "System.Net.Http.Headers.HttpHeaders.Add", "AZURE_OPENAI_API_KEY"));

    [Fact]
    public Task BearerHeaderBuiltFromAConstant_ReportsTheConstant() => Verify.VerifyAnalyzerAsync("""
        using System.Net.Http;

        class C
        {
            private const string Token = {|#0:"from-const"|};

            void M(HttpClient client)
            {
                var token = {|#1:"from-local"|};
                client.DefaultRequestHeaders.Add("Authorization", "Bearer " + Token);
                client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"Bearer {token}");
            }
        }
        """,
        Odeus002At(0, "from-const", "value", "System.Net.Http.Headers.HttpHeaders.Add"),
        Odeus002At(1, "from-local", "value", "System.Net.Http.Headers.HttpHeaders.TryAddWithoutValidation"));

    [Fact]
    public Task HeaderNamesInAnyCase_Report() => Verify.VerifyAnalyzerAsync("""
        using System.Net.Http;

        class C
        {
            void M(HttpClient client)
            {
                client.DefaultRequestHeaders.Add("AUTHORIZATION", {|#0:"BEARER upper"|});
                client.DefaultRequestHeaders.Add("Api-Key", {|#1:"mixed"|});
                client.DefaultRequestHeaders.Add("API-key", {|#2:"odd-mix"|});
            }
        }
        """,
        Odeus002At(0, "upper", "value", "System.Net.Http.Headers.HttpHeaders.Add"),
        Odeus002At(1, "mixed", "value", "System.Net.Http.Headers.HttpHeaders.Add", "AZURE_OPENAI_API_KEY"),
        Odeus002At(2, "odd-mix", "value", "System.Net.Http.Headers.HttpHeaders.Add", "AZURE_OPENAI_API_KEY"));

    [Fact]
    public Task OtherHeadersAndSchemes_NoDiagnostic() => NoDiagnostic("""
        using System.Net.Http;
        using System.Net.Http.Headers;

        class C
        {
            void M(HttpClient client)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");
                client.DefaultRequestHeaders.Add("Accept", "application/json");
                client.DefaultRequestHeaders.Add("Authorization", "Token abc");
                client.DefaultRequestHeaders.Add("Authorization", "Bearer ");
            }
        }
        """);

    [Fact]
    public Task SetEnvironmentVariableWithAKeyName_Reports() => Verify.VerifyAnalyzerAsync("""
        using System;

        class C
        {
            void M()
            {
                Environment.SetEnvironmentVariable("OPENAI_API_KEY", {|#0:"from-code"|});
                Environment.SetEnvironmentVariable("PATH", "/usr/bin");
            }
        }
        """, Odeus002At(0, "from-code", "value", "System.Environment.SetEnvironmentVariable"));

    // ---- What counts as a constant ----

    [Fact]
    public Task ConstFieldAndConstLocal_ReportedWhereWritten() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class C
        {
            private const string Key = {|#0:"const-field"|};

            void M()
            {
                const string local = {|#1:"const-local"|};
                var a = new ChatClient("gpt-4o", Key);
                var b = new ChatClient("gpt-4o", local);
            }
        }
        """,
        Odeus002At(0, "const-field", "apiKey", "OpenAI.Chat.ChatClient"),
        Odeus002At(1, "const-local", "apiKey", "OpenAI.Chat.ChatClient"));

    [Fact] // Its fix: ConstInAnotherFile_FixedInThatFile.
    public Task ConstInAnotherFile_ReportedInThatFile() => VerifyFilesAsync(
        new[]
        {
            """
            using OpenAI.Chat;

            class C
            {
                ChatClient Create() => {|#1:new ChatClient("gpt-4o", Secrets.Key)|};
            }
            """,
            """
            static class Secrets
            {
                public const string Key = {|#0:"other-file"|};
            }
            """,
        },
        Odeus002("other-file", "apiKey", "OpenAI.Chat.ChatClient"));

    [Fact]
    public Task InternalPropertyAssignedInAThirdFile_ReportedWhereAssigned()
    {
        const string Factory = """
            using OpenAI.Chat;

            class Factory
            {
                ChatClient Create() => new ChatClient("gpt-4o", Settings.Key);
            }
            """;
        const string Settings = """
            static class Settings
            {
                internal static string Key { get; set; } = "";
            }
            """;
        return VerifyFilesAsync(
            new[]
            {
                Factory,
                Settings,
                """
                static class Setup
                {
                    internal static void Init() => Settings.Key = {|#0:"set-in-setup"|};
                }
                """,
            },
            new[]
            {
                Factory,
                Settings,
                $$"""
                using System;

                static class Setup
                {
                    internal static void Init() => Settings.Key = {{EnvironmentRead(OpenAIVariable, "OpenAI API key")}};
                }
                """,
            },
            Odeus002At(0, "set-in-setup", "apiKey", "OpenAI.Chat.ChatClient"));
    }

    [Fact]
    public Task ConstChainThroughTheClientsFile_ReportedWhereTheValueIsWritten()
    {
        // Factory.Key needs Settings.ApiKey to stay a constant, so no fix is offered.
        var sources = new[]
        {
            """
            using OpenAI.Chat;

            class Factory
            {
                private const string Key = Settings.ApiKey;

                ChatClient Create() => new ChatClient("gpt-4o", Key);
            }
            """,
            """
            static class Settings
            {
                internal const string ApiKey = {|#0:"chained-across-files"|};
            }
            """,
        };
        return VerifyFilesAsync(sources, sources, Odeus002At(0, "chained-across-files", "apiKey", "OpenAI.Chat.ChatClient"));
    }

    [Fact] // Its fix: LiteralArgument_ReadsOpenAIVariable.
    public Task TargetTypedClientInAFileThatOnlyDeclaresIt_Reported() => VerifyFilesAsync(
        new[]
        {
            "global using OpenAI.Chat;",
            """
            class C
            {
                private readonly ChatClient _client = new("gpt-4o", {|#0:"declared-only"|});
            }
            """,
        },
        Odeus002At(0, "declared-only", "apiKey", "OpenAI.Chat.ChatClient"));

    [Fact]
    public Task PrivateFieldOfAPartialClassInAnotherFile_Reported()
    {
        const string Client = """
            using OpenAI.Chat;

            partial class Service
            {
                ChatClient Create() => new ChatClient("gpt-4o", _key);
            }
            """;
        return VerifyFilesAsync(
            new[]
            {
                Client,
                """
                partial class Service
                {
                    private readonly string _key = {|#0:"partial-field"|};
                }
                """,
            },
            new[]
            {
                Client,
                $$"""
                using System;

                partial class Service
                {
                    private readonly string _key = {{EnvironmentRead(OpenAIVariable, "OpenAI API key")}};
                }
                """,
            },
            Odeus002At(0, "partial-field", "apiKey", "OpenAI.Chat.ChatClient"));
    }

    [Fact]
    public Task ConstantExpressionsAndConstChains_ReportedAtTheExpression() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class C
        {
            private const string A = B;
            private const string B = {|#0:"chained"|};
            private const string Part = "part";

            void M()
            {
                var a = new ChatClient("gpt-4o", A);
                var b = new ChatClient("gpt-4o", {|#1:"con" + "catenated"|});
                var c = new ChatClient("gpt-4o", {|#2:$"{Part}-interpolated"|});
            }
        }
        """,
        Odeus002At(0, "chained", "apiKey", "OpenAI.Chat.ChatClient"),
        Odeus002At(1, "concatenated", "apiKey", "OpenAI.Chat.ChatClient"),
        Odeus002At(2, "part-interpolated", "apiKey", "OpenAI.Chat.ChatClient"));

    [Fact]
    public Task LocalWithOnlyConstantAssignments_EachConstantReported() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class C
        {
            ChatClient Create(bool production)
            {
                string key = {|#0:"development"|};
                if (production)
                {
                    key = {|#1:"production"|};
                }

                return new ChatClient("gpt-4o", key);
            }
        }
        """,
        Odeus002At(0, "development", "apiKey", "OpenAI.Chat.ChatClient"),
        Odeus002At(1, "production", "apiKey", "OpenAI.Chat.ChatClient"));

    [Fact]
    public Task PrivateAndInternalMembersWithOnlyConstantAssignments_Report() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class C
        {
            private static readonly string StaticField = {|#0:"static-field"|};
            private string _field;
            internal string Property { get; set; } = {|#1:"property"|};

            C() => _field = {|#2:"assigned-in-constructor"|};

            void M()
            {
                var a = new ChatClient("gpt-4o", StaticField);
                var b = new ChatClient("gpt-4o", _field);
                var c = new ChatClient("gpt-4o", this.Property);
            }
        }

        class D
        {
            void M(C c) => c.Property = {|#3:"set-elsewhere"|};
        }
        """,
        Odeus002At(0, "static-field", "apiKey", "OpenAI.Chat.ChatClient"),
        Odeus002At(1, "property", "apiKey", "OpenAI.Chat.ChatClient"),
        Odeus002At(2, "assigned-in-constructor", "apiKey", "OpenAI.Chat.ChatClient"),
        Odeus002At(3, "set-elsewhere", "apiKey", "OpenAI.Chat.ChatClient"));

    [Fact]
    public Task ValuesComputedAtRunTime_NoDiagnostic() => NoDiagnostic("""
        using System;
        using Microsoft.Extensions.Configuration;
        using OpenAI.Chat;

        class C
        {
            public static string PublicField = "public";
            private string _assignedFromParameter = "initial";
            private string _passedByRef = "initial";

            void M(string apiKey, IConfiguration configuration, string[] args)
            {
                _assignedFromParameter = apiKey;
                Touch(ref _passedByRef);
                string local = "initial";
                local += "-suffix";

                var a = new ChatClient("gpt-4o", apiKey);
                var b = new ChatClient("gpt-4o", Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
                var c = new ChatClient("gpt-4o", configuration["OpenAI:ApiKey"]!);
                var d = new ChatClient("gpt-4o", args[0]);
                var e = new ChatClient("gpt-4o", PublicField);
                var f = new ChatClient("gpt-4o", _assignedFromParameter);
                var g = new ChatClient("gpt-4o", _passedByRef);
                var h = new ChatClient("gpt-4o", local);
                var i = new ChatClient("gpt-4o", apiKey.Trim() + "x");
            }

            static void Touch(ref string value) { }
        }
        """);

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
    public Task ConstantSharedByTwoClients_ReportedOnceNamingTheFirstWithBothClients() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;
        using OpenAI.Embeddings;

        class C
        {
            private const string Key = {|#0:"shared"|};

            void M()
            {
                var chat = {|#1:new ChatClient("gpt-4o", Key)|};
                var embeddings = {|#2:new EmbeddingClient("text-embedding-3-small", Key)|};
            }
        }
        """, Odeus002("shared", "apiKey", "OpenAI.Chat.ChatClient").WithLocation(2));

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
        """, Odeus002VariableName(name, "apiKey", "OpenAI.Chat.ChatClient").WithLocation(0).WithLocation(1));

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
                        var a = new ChatClient("gpt-4o", {{EnvironmentRead("TEAM_OPENAI_KEY", "OpenAI API key")}});
                        var b = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential({{EnvironmentRead("TEAM_AZURE_KEY", "Azure OpenAI API key")}}));
                        var c = new ChatClient("gpt-4o", {{EnvironmentRead("TEAM_ODEUS_KEY", "Odeus API key")}});
                    }
                }
                """,
            CodeActionEquivalenceKey = "UseEnvironmentVariable",
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            odeus.openai_environment_variable = TEAM_OPENAI_KEY
            odeus.azure_openai_environment_variable = TEAM_AZURE_KEY
            odeus.environment_variable = TEAM_ODEUS_KEY
            """));
        test.ExpectedDiagnostics.Add(Odeus002At(0, "openai", "apiKey", "OpenAI.Chat.ChatClient", "TEAM_OPENAI_KEY"));
        test.ExpectedDiagnostics.Add(Odeus002At(1, "azure", "credential", "Azure.AI.OpenAI.AzureOpenAIClient", "TEAM_AZURE_KEY"));
        test.ExpectedDiagnostics.Add(Odeus002At(2, "sk-ld-short", "apiKey", "OpenAI.Chat.ChatClient", "TEAM_ODEUS_KEY"));
        return test.RunAsync();
    }

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
