using Microsoft.CodeAnalysis.Testing;
using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.HardcodedKeyAnalyzer,
    OdeusAnalyzers.CodeFixes.HardcodedKeyCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// "Read the key from configuration ('Odeus:ApiKey')", offered where an IConfiguration is in scope, and
// odeus.preferred_fix, which decides which fix comes first (the one dotnet format analyzers and these tests apply).
public sealed partial class HardcodedKeyTests
{
    private const string Registration = """
        using Microsoft.Extensions.Hosting;
        using Microsoft.SemanticKernel;

        static class Setup
        {
            public static void Configure(IHostApplicationBuilder builder) =>
                builder.Services.AddOpenAIChatCompletion("gpt-4o", new System.Uri("https://api.odeus.ai/openai/eu/v1"), "{|#0:KEY|}");
        }
        """;

    private static Verify.Test PreferredFix(string? value, string fixedCode)
    {
        var test = new Verify.Test { TestCode = Registration.Replace("KEY", Key, StringComparison.Ordinal), FixedCode = fixedCode };
        if (value is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"""
                root = true

                [*.cs]
                odeus.preferred_fix = {value}
                """));
        }

        test.ExpectedDiagnostics.Add(Odeus001(0, Key));
        return test;
    }

    private static readonly string ReadFromEnvironment = $$"""
        using System;
        using Microsoft.Extensions.Hosting;
        using Microsoft.SemanticKernel;

        static class Setup
        {
            public static void Configure(IHostApplicationBuilder builder) =>
                builder.Services.AddOpenAIChatCompletion("gpt-4o", new System.Uri("https://api.odeus.ai/openai/eu/v1"), {{ReadAt(12)}});
        }
        """;

    private static readonly string ReadFromConfiguration = $$"""
        using System;
        using Microsoft.Extensions.Hosting;
        using Microsoft.SemanticKernel;

        static class Setup
        {
            public static void Configure(IHostApplicationBuilder builder) =>
                builder.Services.AddOpenAIChatCompletion("gpt-4o", new System.Uri("https://api.odeus.ai/openai/eu/v1"), {{ConfigurationRead("builder.Configuration", "Odeus:ApiKey", 12)}});
        }
        """;

    [Fact]
    public Task NoPreference_EnvironmentVariableFirst() => PreferredFix(null, ReadFromEnvironment).RunAsync();

    [Fact]
    public Task PreferredConfiguration_ConfigurationFirst() => PreferredFix("configuration", ReadFromConfiguration).RunAsync();

    [Fact]
    public Task PreferredEnvironmentVariable_EnvironmentVariableFirst() => PreferredFix("environment_variable", ReadFromEnvironment).RunAsync();

    [Fact] // ODEUS000 reports the value (InvalidOptionTests); the default applies.
    public Task InvalidPreference_EnvironmentVariableFirst() => PreferredFix("user_secrets", ReadFromEnvironment).RunAsync();

    [Fact]
    public Task ConfigurationAction_ReadsTheConfiguredKey()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using Microsoft.Extensions.Configuration;

                class C
                {
                    string Key(IConfiguration configuration) => "{|#0:{{Key}}|}";
                }
                """,
            FixedCode = $$"""
                using System;
                using Microsoft.Extensions.Configuration;

                class C
                {
                    string Key(IConfiguration configuration) => {{ConfigurationRead("configuration", "Ai:Odeus:Key", 8)}};
                }
                """,
            CodeActionEquivalenceKey = "UseConfiguration",
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            odeus.configuration_key = Ai:Odeus:Key
            """));
        test.ExpectedDiagnostics.Add(Odeus001(0, Key));
        return test.RunAsync();
    }

    [Fact] // Fix All from the configuration action reads configuration where it is in scope, the environment elsewhere.
    public Task ConfigurationFixAll_EnvironmentWhereNoConfiguration()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using Microsoft.Extensions.Configuration;

                class C
                {
                    string Key(IConfiguration configuration) => "{|#0:{{Key}}|}";

                    static string Other() => "{|#1:{{Other}}|}";
                }
                """,
            CodeActionEquivalenceKey = "UseConfiguration",
            NumberOfIncrementalIterations = 1,
            NumberOfFixAllIterations = 1,
        };
        test.ExpectedDiagnostics.AddRange(new[] { Odeus001(0, Key), Odeus001(1, Other) });

        // One at a time, the configuration action is offered only where configuration is in scope.
        test.FixedState.Sources.Add($$"""
            using System;
            using Microsoft.Extensions.Configuration;

            class C
            {
                string Key(IConfiguration configuration) => {{ConfigurationRead("configuration", "Odeus:ApiKey", 8)}};

                static string Other() => "{|#1:{{Other}}|}";
            }
            """);
        test.FixedState.ExpectedDiagnostics.Add(Odeus001(1, Other));
        test.BatchFixedState.Sources.Add($$"""
            using System;
            using Microsoft.Extensions.Configuration;

            class C
            {
                string Key(IConfiguration configuration) => {{ConfigurationRead("configuration", "Odeus:ApiKey", 8)}};

                static string Other() => {{ReadAt(8)}};
            }
            """);
        test.BatchFixedState.InheritanceMode = StateInheritanceMode.Explicit;
        test.BatchFixedState.AdditionalReferences.AddRange(Verifiers.TestReferences.All);
        return test.RunAsync();
    }
}
