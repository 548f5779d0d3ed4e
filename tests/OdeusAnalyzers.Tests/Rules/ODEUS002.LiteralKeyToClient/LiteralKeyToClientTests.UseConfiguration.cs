using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.LiteralKeyToClientAnalyzer,
    OdeusAnalyzers.CodeFixes.LiteralKeyToClientCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// "Read the key from configuration", offered where an IConfiguration is in reach of every write of the key.
public sealed partial class LiteralKeyToClientTests
{
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
            ChatClient Create(IConfiguration configuration) => new ChatClient("gpt-4o", {{ConfigurationRead("configuration", "OpenAI:ApiKey", 8)}});
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
                    o.ApiKey = {{ConfigurationRead("builder.Configuration", "Odeus:ApiKey", 16)}};
                    o.BaseDomain = "https://api.odeus.ai/openai/eu/";
                });
        }
        """, UseConfiguration, Reported("placeholder", "OpenAIOptions", "ApiKey", "ODEUS_API_KEY"));

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
                var client = new ChatClient("gpt-4o", {{ConfigurationRead("configuration", "OpenAI:ApiKey", 4)}});
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

            public void Configure(IKernelBuilder kernel) => kernel.AddOpenAIChatCompletion("gpt-4o", {{ConfigurationRead("Configuration", "OpenAI:ApiKey", 8)}});
        }
        """, UseConfiguration, Reported("placeholder", "AddOpenAIChatCompletion"));

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
                    ChatClient Create(IConfiguration config) => new ChatClient("gpt-4o", {{ConfigurationRead("config", "Ai:Chat:Key", 8)}});
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
                string key = {{ConfigurationRead("configuration", "OpenAI:ApiKey")}};
                return new ChatClient("gpt-4o", key);
            }
        }
        """, UseConfiguration, Reported("placeholder"));

    [Theory] // The first fix offered is the one dotnet format analyzers (and this test, which names no action) applies.
    [InlineData(null, false)]
    [InlineData("environment_variable", false)]
    [InlineData("configuration", true)]
    [InlineData("Configuration", false)]
    public Task PreferredFix_IsOfferedFirst(string? preferred, bool configurationFirst)
    {
        var test = new Verify.Test
        {
            TestCode = """
                using Microsoft.Extensions.Configuration;
                using OpenAI.Chat;

                class C
                {
                    ChatClient Create(IConfiguration configuration) => new ChatClient("gpt-4o", {|#0:"placeholder"|});
                }
                """,
            FixedCode = $$"""
                using System;
                using Microsoft.Extensions.Configuration;
                using OpenAI.Chat;

                class C
                {
                    ChatClient Create(IConfiguration configuration) => new ChatClient("gpt-4o", {{(configurationFirst
                        ? ConfigurationRead("configuration", "OpenAI:ApiKey", 8)
                        : EnvironmentRead(OpenAIVariable, 8))}});
                }
                """,
        };
        if (preferred is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"""
                root = true

                [*.cs]
                odeus.preferred_fix = {preferred}
                """));
        }

        test.ExpectedDiagnostics.Add(Reported("placeholder"));
        return test.RunAsync();
    }
}
