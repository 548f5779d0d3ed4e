using Microsoft.CodeAnalysis.Testing;
using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.LiteralKeyToClientAnalyzer,
    OdeusAnalyzers.CodeFixes.LiteralKeyToClientCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

/// <summary>ODEUS002's fixes: "Read the key from VAR" and "Read the key from configuration"; every run also checks Fix All and that the result compiles.</summary>
public sealed class LiteralKeyToClientCodeFixTests
{
    private const string UseEnvironmentVariable = "UseEnvironmentVariable";
    private const string UseConfiguration = "UseConfiguration";

    private static readonly string ReadOpenAI = EnvironmentRead(OpenAIVariable, "OpenAI API key");

    private const string ChatClient = "OpenAI.Chat.ChatClient";

    private static DiagnosticResult Reported(string value, string client = ChatClient, string parameter = "apiKey", string variable = OpenAIVariable, int location = 0) =>
        Odeus002At(location, value, parameter, client, variable);

    private static Task Fix(string source, string fixedSource, string equivalenceKey, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

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
            ChatClient Create() => new ChatClient("gpt-4o", {{ReadOpenAI}});
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
                new ApiKeyCredential({{EnvironmentRead("ODEUS_API_KEY", "Odeus API key")}}),
                new OpenAIClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });
        }
        """, UseEnvironmentVariable, Reported("placeholder", "OpenAI.OpenAIClient", "credential", "ODEUS_API_KEY"));

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
            AzureOpenAIClient Create() => new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential({{EnvironmentRead("AZURE_OPENAI_API_KEY", "Azure OpenAI API key")}}));
        }
        """, UseEnvironmentVariable, Reported("azure-key", "Azure.AI.OpenAI.AzureOpenAIClient", "credential", "AZURE_OPENAI_API_KEY"));

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
            void M(IKernelBuilder builder) => builder.AddOpenAIChatCompletion("gpt-4o", {{EnvironmentRead("MY_OPENAI_KEY", "OpenAI API key")}});
        }
        """, UseEnvironmentVariable, Odeus002VariableName("MY_OPENAI_KEY", "apiKey", "Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions.AddOpenAIChatCompletion")
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
            private static string Key => {{ReadOpenAI}};

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
            private static string Key => {{ReadOpenAI}};

            ChatClient Create() => new ChatClient("gpt-4o", Key);
        }
        """, UseEnvironmentVariable, Reported("placeholder"));

    [Fact]
    public Task BearerHeader_KeepsTheScheme() => Fix("""
        using System.Net.Http;

        class C
        {
            void M(HttpClient client) => client.DefaultRequestHeaders.Add("Authorization", {|#0:"Bearer placeholder"|});
        }
        """, $$"""
        using System;
        using System.Net.Http;

        class C
        {
            void M(HttpClient client) => client.DefaultRequestHeaders.Add("Authorization", "Bearer " + ({{ReadOpenAI}}));
        }
        """, UseEnvironmentVariable, Reported("Bearer placeholder".Substring(7), "System.Net.Http.Headers.HttpHeaders.Add", "value"));

    [Fact]
    public Task BearerConcatenation_FixesTheConstant() => Fix("""
        using System.Net.Http;

        class C
        {
            private const string Token = {|#0:"placeholder"|};

            void M(HttpClient client) => client.DefaultRequestHeaders.Add("Authorization", "Bearer " + Token);
        }
        """, $$"""
        using System;
        using System.Net.Http;

        class C
        {
            private static string Token => {{ReadOpenAI}};

            void M(HttpClient client) => client.DefaultRequestHeaders.Add("Authorization", "Bearer " + Token);
        }
        """, UseEnvironmentVariable, Reported("placeholder", "System.Net.Http.Headers.HttpHeaders.Add", "value"));

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
        return Fix(Source, Source, UseEnvironmentVariable, Reported("placeholder", "System.Environment.SetEnvironmentVariable", "value"));
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
                string key = {{ReadOpenAI}};
                if (production)
                {
                    key = {{ReadOpenAI}};
                }

                var openAI = new ChatClient("gpt-4o", key);
                var azure = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential({{EnvironmentRead("AZURE_OPENAI_API_KEY", "Azure OpenAI API key")}}));
            }
        }
        """, UseEnvironmentVariable,
            Reported("development"),
            Reported("production", location: 1),
            Reported("azure", "Azure.AI.OpenAI.AzureOpenAIClient", "credential", "AZURE_OPENAI_API_KEY", location: 2));

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
                internal static string Key => {{ReadOpenAI}};
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task ConfigurationParameter_ReadsOpenAISection() => Fix("""
        using Microsoft.Extensions.Configuration;
        using OpenAI.Chat;

        class C
        {
            ChatClient Create(IConfiguration configuration) => new ChatClient("gpt-4o", {|#0:"placeholder"|});
        }
        """, $$"""
        using System;
        using Microsoft.Extensions.Configuration;
        using OpenAI.Chat;

        class C
        {
            ChatClient Create(IConfiguration configuration) => new ChatClient("gpt-4o", {{ConfigurationRead("configuration", "OpenAI:ApiKey", "OpenAI API key")}});
        }
        """, UseConfiguration, Reported("placeholder"));

    [Fact]
    public Task BuilderConfigurationInARegistrationLambda_ReadsOdeusSection() => Fix("""
        using Betalgo.Ranul.OpenAI.Extensions;
        using Microsoft.Extensions.Hosting;

        static class Setup
        {
            public static void Configure(IHostApplicationBuilder builder) =>
                builder.Services.AddOpenAIService(o =>
                {
                    o.ApiKey = {|#0:"placeholder"|};
                    o.BaseDomain = "https://api.odeus.ai/openai/eu/";
                });
        }
        """, $$"""
        using System;
        using Betalgo.Ranul.OpenAI.Extensions;
        using Microsoft.Extensions.Hosting;

        static class Setup
        {
            public static void Configure(IHostApplicationBuilder builder) =>
                builder.Services.AddOpenAIService(o =>
                {
                    o.ApiKey = {{ConfigurationRead("builder.Configuration", "Odeus:ApiKey", "Odeus API key")}};
                    o.BaseDomain = "https://api.odeus.ai/openai/eu/";
                });
        }
        """, UseConfiguration, Reported("placeholder", "Betalgo.Ranul.OpenAI.OpenAIOptions", "ApiKey", "ODEUS_API_KEY"));

    [Fact]
    public Task TopLevelStatements_ReadTheLocalConfiguration()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using Microsoft.Extensions.Configuration;
                using OpenAI.Chat;

                IConfiguration configuration = new ConfigurationBuilder().Build();
                var client = new ChatClient("gpt-4o", {|#0:"placeholder"|});
                """,
            FixedCode = $$"""
                using System;
                using Microsoft.Extensions.Configuration;
                using OpenAI.Chat;

                IConfiguration configuration = new ConfigurationBuilder().Build();
                var client = new ChatClient("gpt-4o", {{ConfigurationRead("configuration", "OpenAI:ApiKey", "OpenAI API key")}});
                """,
            CodeActionEquivalenceKey = UseConfiguration,
        };
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Reported("placeholder"));
        return test.RunAsync();
    }

    [Fact]
    public Task InstanceConfigurationProperty_UsedInInstanceMethod() => Fix("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.SemanticKernel;

        class Startup
        {
            public Startup(IConfiguration configuration) => Configuration = configuration;

            public IConfiguration Configuration { get; }

            public void Configure(IKernelBuilder kernel) => kernel.AddOpenAIChatCompletion("gpt-4o", {|#0:"placeholder"|});
        }
        """, $$"""
        using System;
        using Microsoft.Extensions.Configuration;
        using Microsoft.SemanticKernel;

        class Startup
        {
            public Startup(IConfiguration configuration) => Configuration = configuration;

            public IConfiguration Configuration { get; }

            public void Configure(IKernelBuilder kernel) => kernel.AddOpenAIChatCompletion("gpt-4o", {{ConfigurationRead("Configuration", "OpenAI:ApiKey", "OpenAI API key")}});
        }
        """, UseConfiguration, Reported("placeholder", "Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions.AddOpenAIChatCompletion"));

    [Fact]
    public Task ConfigurationOutOfReach_NoConfigurationFix()
    {
        const string Source = """
            using Microsoft.Extensions.Configuration;
            using OpenAI.Chat;

            class C
            {
                private readonly IConfiguration _configuration;
                private static readonly string Key = {|#0:"static-initializer"|};

                C(IConfiguration configuration) => _configuration = configuration;

                static ChatClient Create() => new ChatClient("gpt-4o", {|#1:"in-static-method"|});

                ChatClient WithKey() => new ChatClient("gpt-4o", Key);
            }

            class D
            {
                ChatClient Create(System.Func<IConfiguration> open)
                {
                    var client = new ChatClient("gpt-4o", {|#2:"before-declaration"|});
                    IConfiguration configuration = open();
                    return client;
                }
            }
            """;
        return Fix(Source, Source, UseConfiguration,
            Reported("static-initializer"),
            Reported("in-static-method", location: 1),
            Reported("before-declaration", location: 2));
    }

    [Fact]
    public Task ConfigurationOutOfReachOfAnotherWrite_NoConfigurationFix()
    {
        // The field is also set in the constructor, where configuration is at hand, but not in its initializer.
        const string Source = """
            using Microsoft.Extensions.Configuration;
            using OpenAI.Chat;

            class C
            {
                private string _key = {|#0:"initializer"|};

                C(IConfiguration configuration) => _key = {|#1:"constructor"|};

                ChatClient Create() => new ChatClient("gpt-4o", _key);
            }
            """;
        return Fix(Source, Source, UseConfiguration, Reported("initializer"), Reported("constructor", location: 1));
    }

    [Fact]
    public Task ConfigurationKeyOption_IsUsed()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using Microsoft.Extensions.Configuration;
                using OpenAI.Chat;

                class C
                {
                    ChatClient Create(IConfiguration config) => new ChatClient("gpt-4o", {|#0:"placeholder"|});
                }
                """,
            FixedCode = $$"""
                using System;
                using Microsoft.Extensions.Configuration;
                using OpenAI.Chat;

                class C
                {
                    ChatClient Create(IConfiguration config) => new ChatClient("gpt-4o", {{ConfigurationRead("config", "Ai:Chat:Key", "OpenAI API key")}});
                }
                """,
            CodeActionEquivalenceKey = UseConfiguration,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            odeus.configuration_key = Ai:Chat:Key
            """));
        test.ExpectedDiagnostics.Add(Reported("placeholder"));
        return test.RunAsync();
    }

    [Fact]
    public Task ConfigurationFix_ConstLocalBecomesLocal() => Fix("""
        using Microsoft.Extensions.Configuration;
        using OpenAI.Chat;

        class C
        {
            ChatClient Create(IConfiguration configuration)
            {
                const string key = {|#0:"placeholder"|};
                return new ChatClient("gpt-4o", key);
            }
        }
        """, $$"""
        using System;
        using Microsoft.Extensions.Configuration;
        using OpenAI.Chat;

        class C
        {
            ChatClient Create(IConfiguration configuration)
            {
                string key = {{ConfigurationRead("configuration", "OpenAI:ApiKey", "OpenAI API key")}};
                return new ChatClient("gpt-4o", key);
            }
        }
        """, UseConfiguration, Reported("placeholder"));
}
