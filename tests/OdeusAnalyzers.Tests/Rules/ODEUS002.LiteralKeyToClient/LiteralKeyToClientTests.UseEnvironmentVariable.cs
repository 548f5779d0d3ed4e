using Microsoft.CodeAnalysis.Testing;
using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.LiteralKeyToClientAnalyzer,
    OdeusAnalyzers.CodeFixes.LiteralKeyToClientCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// "Read the key from VAR", VAR being the variable of the client's provider (or the one the value names), and where it
// is not offered.
public sealed partial class LiteralKeyToClientTests
{
    [Fact]
    public Task LiteralArgument_ReadsOpenAIVariable() => Fix("""
        using OpenAI.Chat;

        class C
        {
            ChatClient Create() => new ChatClient("gpt-4o", {|#0:"not-needed"|});
        }
        """, $$"""
        using System;
        using OpenAI.Chat;

        class C
        {
            ChatClient Create() => new ChatClient("gpt-4o", {{EnvironmentRead(OpenAIVariable, 8)}});
        }
        """, UseEnvironmentVariable, Reported("not-needed"));

    [Fact]
    public Task OdeusEndpoint_ReadsOdeusVariable() => Fix("""
        using System;
        using System.ClientModel;
        using OpenAI;

        class C
        {
            OpenAIClient Create() => new OpenAIClient(
                new ApiKeyCredential({|#0:"placeholder"|}),
                new OpenAIClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });
        }
        """, $$"""
        using System;
        using System.ClientModel;
        using OpenAI;

        class C
        {
            OpenAIClient Create() => new OpenAIClient(
                new ApiKeyCredential({{EnvironmentRead("ODEUS_API_KEY", 12)}}),
                new OpenAIClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });
        }
        """, UseEnvironmentVariable, Reported("placeholder", "OpenAIClient", "credential", "ODEUS_API_KEY"));

    [Fact]
    public Task AzureClient_ReadsAzureVariable() => Fix("""
        using System;
        using Azure;
        using Azure.AI.OpenAI;

        class C
        {
            AzureOpenAIClient Create() => new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential({|#0:"azure-key"|}));
        }
        """, $$"""
        using System;
        using Azure;
        using Azure.AI.OpenAI;

        class C
        {
            AzureOpenAIClient Create() => new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential({{EnvironmentRead("AZURE_OPENAI_API_KEY", 8)}}));
        }
        """, UseEnvironmentVariable, Reported("azure-key", "AzureOpenAIClient", "credential", "AZURE_OPENAI_API_KEY"));

    [Fact]
    public Task VariableNameAsKey_ReadsThatVariable() => Fix("""
        using Microsoft.SemanticKernel;

        class C
        {
            void M(IKernelBuilder builder) => builder.AddOpenAIChatCompletion("gpt-4o", {|#0:"MY_OPENAI_KEY"|});
        }
        """, $$"""
        using System;
        using Microsoft.SemanticKernel;

        class C
        {
            void M(IKernelBuilder builder) => builder.AddOpenAIChatCompletion("gpt-4o", {{EnvironmentRead("MY_OPENAI_KEY", 8)}});
        }
        """, UseEnvironmentVariable, Odeus002VariableName("MY_OPENAI_KEY", "apiKey", "AddOpenAIChatCompletion")
            .WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));

    [Fact]
    public Task ConstField_BecomesStaticProperty() => Fix("""
        using System;
        using OpenAI.Chat;

        class C
        {
            private const string Key = {|#0:"placeholder"|};

            ChatClient Create() => new ChatClient("gpt-4o", Key);
        }
        """, $$"""
        using System;
        using OpenAI.Chat;

        class C
        {
            private static string Key => {{EnvironmentRead(OpenAIVariable, 8)}};

            ChatClient Create() => new ChatClient("gpt-4o", Key);
        }
        """, UseEnvironmentVariable, Reported("placeholder"));

    [Fact]
    public Task ConstNeededAsConstant_NoFix()
    {
        const string Source = """
            using System;
            using OpenAI.Chat;

            class C
            {
                private const string Key = {|#0:"placeholder"|};

                [Obsolete(Key)]
                ChatClient Create() => new ChatClient("gpt-4o", Key);
            }
            """;
        return Fix(Source, Source, UseEnvironmentVariable, Reported("placeholder"));
    }

    [Fact]
    public Task StaticReadonlyField_BecomesPropertyReadAtFirstUse() => Fix("""
        using OpenAI.Chat;

        class C
        {
            private static readonly string Key = {|#0:"placeholder"|};

            ChatClient Create() => new ChatClient("gpt-4o", Key);
        }
        """, $$"""
        using System;
        using OpenAI.Chat;

        class C
        {
            private static string Key => {{EnvironmentRead(OpenAIVariable, 8)}};

            ChatClient Create() => new ChatClient("gpt-4o", Key);
        }
        """, UseEnvironmentVariable, Reported("placeholder"));

    [Fact]
    public Task BearerHeader_KeepsTheScheme() => Fix("""
        using System.Net.Http;

        class C
        {
            private readonly HttpClient _client = new() { BaseAddress = new System.Uri("https://api.openai.com/v1/") };

            void M() => _client.DefaultRequestHeaders.Add("Authorization", {|#0:"Bearer placeholder"|});
        }
        """, $$"""
        using System;
        using System.Net.Http;

        class C
        {
            private readonly HttpClient _client = new() { BaseAddress = new System.Uri("https://api.openai.com/v1/") };

            void M() => _client.DefaultRequestHeaders.Add("Authorization", $"Bearer {OpenAIApiKey}");

            {{Reader("OpenAIApiKey", OpenAIVariable)}}
        }
        """, UseEnvironmentVariable, Reported("Bearer placeholder".Substring(7), OpenAIRequest, Authorization));

    [Fact]
    public Task BearerConcatenation_FixesTheConstant() => Fix("""
        using System.Net.Http;

        class C
        {
            private const string Token = {|#0:"placeholder"|};

            void M(HttpClient client)
            {
                client.BaseAddress = new System.Uri("https://api.openai.com/v1/");
                client.DefaultRequestHeaders.Add("Authorization", "Bearer " + Token);
            }
        }
        """, $$"""
        using System;
        using System.Net.Http;

        class C
        {
            private static string Token => {{EnvironmentRead(OpenAIVariable, 8)}};

            void M(HttpClient client)
            {
                client.BaseAddress = new System.Uri("https://api.openai.com/v1/");
                client.DefaultRequestHeaders.Add("Authorization", "Bearer " + Token);
            }
        }
        """, UseEnvironmentVariable, Reported("placeholder", OpenAIRequest, Authorization));

    [Fact]
    public Task SettingTheVariableItReads_NoEnvironmentFix()
    {
        const string Source = """
            using System;

            class C
            {
                void M() => Environment.SetEnvironmentVariable("OPENAI_API_KEY", {|#0:"placeholder"|});
            }
            """;
        return Fix(Source, Source, UseEnvironmentVariable, Reported("placeholder", "Environment.SetEnvironmentVariable", "value"));
    }

    [Fact]
    public Task SeveralConstants_FixAllReadsEachOwnVariable() => Fix("""
        using System;
        using Azure;
        using Azure.AI.OpenAI;
        using OpenAI.Chat;

        class C
        {
            void M(bool production)
            {
                string key = {|#0:"development"|};
                if (production)
                {
                    key = {|#1:"production"|};
                }

                var openAI = new ChatClient("gpt-4o", key);
                var azure = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential({|#2:"azure"|}));
            }
        }
        """, $$"""
        using System;
        using Azure;
        using Azure.AI.OpenAI;
        using OpenAI.Chat;

        class C
        {
            void M(bool production)
            {
                string key = OpenAIApiKey;
                if (production)
                {
                    key = OpenAIApiKey;
                }

                var openAI = new ChatClient("gpt-4o", key);
                var azure = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential({{EnvironmentRead("AZURE_OPENAI_API_KEY", 12)}}));
            }

            {{Reader("OpenAIApiKey", OpenAIVariable)}}
        }
        """, UseEnvironmentVariable,
            Reported("development"),
            Reported("production", location: 1),
            Reported("azure", "AzureOpenAIClient", "credential", "AZURE_OPENAI_API_KEY", location: 2));

    [Fact]
    public Task ConstInAnotherFile_FixedInThatFile()
    {
        var test = new Verify.Test { CodeActionEquivalenceKey = UseEnvironmentVariable };
        const string Client = """
            using OpenAI.Chat;

            class C
            {
                ChatClient Create() => new ChatClient("gpt-4o", Secrets.Key);
            }
            """;
        test.TestState.Sources.Add(Client);
        test.TestState.Sources.Add("""
            static class Secrets
            {
                internal const string Key = {|#0:"placeholder"|};
            }
            """);
        test.ExpectedDiagnostics.Add(Reported("placeholder"));
        test.FixedState.Sources.Add(Client);
        test.FixedState.Sources.Add($$"""
            using System;

            static class Secrets
            {
                internal static string Key => {{EnvironmentRead(OpenAIVariable, 8)}};
            }
            """);
        return test.RunAsync();
    }

    [Fact] // Fix All over a project: one reader per variable and type; a type with one read keeps it in place.
    public Task FixAllInProject_ReadersPerTypeAndFile() => VerifyFilesAsync(
        new[]
        {
            """
            using System.Net.Http;
            using OpenAI.Chat;

            class Chat
            {
                ChatClient Create() => new ChatClient("gpt-4o", {|#0:"placeholder"|});

                void Authorize(HttpClient http)
                {
                    http.BaseAddress = new System.Uri("https://api.openai.com/v1/");
                    http.DefaultRequestHeaders.Add("Authorization", {|#1:"Bearer placeholder"|});
                }
            }
            """,
            """
            using OpenAI.Chat;

            class Embeddings
            {
                ChatClient Create() => new ChatClient("gpt-4o", {|#2:"placeholder"|});
            }
            """,
        },
        new[]
        {
            $$"""
            using System;
            using System.Net.Http;
            using OpenAI.Chat;

            class Chat
            {
                ChatClient Create() => new ChatClient("gpt-4o", OpenAIApiKey);

                void Authorize(HttpClient http)
                {
                    http.BaseAddress = new System.Uri("https://api.openai.com/v1/");
                    http.DefaultRequestHeaders.Add("Authorization", $"Bearer {OpenAIApiKey}");
                }

                {{Reader("OpenAIApiKey", OpenAIVariable)}}
            }
            """,
            $$"""
            using System;
            using OpenAI.Chat;

            class Embeddings
            {
                ChatClient Create() => new ChatClient("gpt-4o", {{EnvironmentRead(OpenAIVariable, 8)}});
            }
            """,
        },
        Reported("placeholder"),
        Reported("placeholder", OpenAIRequest, Authorization, location: 1),
        Reported("placeholder", location: 2));
}
