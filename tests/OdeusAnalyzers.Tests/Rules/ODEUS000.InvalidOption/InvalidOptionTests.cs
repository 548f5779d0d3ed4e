using Microsoft.CodeAnalysis.Testing;
using VerifyOption = OdeusAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OdeusAnalyzers.InvalidOptionAnalyzer>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

/// <summary>ODEUS000: a bad odeus.environment_variable value is reported once, and ODEUS001 falls back to the default.</summary>
public sealed class InvalidOptionTests
{
    private static VerifyOption.Test WithOption(string value)
    {
        var test = new VerifyOption.Test { TestCode = "class C { }" };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"""
            root = true

            [*.cs]
            odeus.environment_variable = {value}
            """));
        return test;
    }

    /// <summary>ODEUS000 for a bad odeus.environment_variable value, for which ODEUS001 falls back to ODEUS_API_KEY.</summary>
    private static DiagnosticResult BadOdeusVariable(string value) =>
        Odeus000("odeus.environment_variable", value, "a valid environment variable name", "'ODEUS_API_KEY'");

    [Theory]
    [InlineData("1BAD")]
    [InlineData("ODEUS-API-KEY")]
    [InlineData("MY KEY")]
    [InlineData("$ODEUS_API_KEY")]
    [InlineData("ÖDEUS_KEY")]
    public Task NotAVariableName_ReportsOnce(string value)
    {
        var test = WithOption(value);
        test.TestState.Sources.Add("class D { }");
        test.ExpectedDiagnostics.Add(BadOdeusVariable(value));
        return test.RunAsync();
    }

    [Fact]
    public Task EmptyValue_Reports()
    {
        var test = new VerifyOption.Test { TestCode = "class C { }" };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            odeus.environment_variable =
            """));
        test.ExpectedDiagnostics.Add(BadOdeusVariable(string.Empty));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("odeus.openai_environment_variable", "OPENAI-KEY", "a valid environment variable name", "'OPENAI_API_KEY'")]
    [InlineData("odeus.azure_openai_environment_variable", "9AZURE", "a valid environment variable name", "'AZURE_OPENAI_API_KEY'")]
    [InlineData("odeus.configuration_key", "Odeus::ApiKey", "a configuration key (sections separated by single ':')", "'Odeus:ApiKey' (or 'OpenAI:ApiKey' for other providers' clients)")]
    [InlineData("odeus.configuration_key", ":ApiKey", "a configuration key (sections separated by single ':')", "'Odeus:ApiKey' (or 'OpenAI:ApiKey' for other providers' clients)")]
    [InlineData("odeus.configuration_key", "Odeus:", "a configuration key (sections separated by single ':')", "'Odeus:ApiKey' (or 'OpenAI:ApiKey' for other providers' clients)")]
    [InlineData("odeus.endpoint", "http://api.odeus.ai/v1", "an https:// URL on an Odeus host (odeus.ai or a subdomain)", "'https://api.odeus.ai/openai/eu/v1'")]
    [InlineData("odeus.preferred_fix", "user_secrets", "'environment_variable' or 'configuration'", "'environment_variable'")]
    [InlineData("odeus.endpoint", "https://api.openai.com/v1", "an https:// URL on an Odeus host (odeus.ai or a subdomain)", "'https://api.odeus.ai/openai/eu/v1'")]
    [InlineData("odeus.endpoint", "api.odeus.ai", "an https:// URL on an Odeus host (odeus.ai or a subdomain)", "'https://api.odeus.ai/openai/eu/v1'")]
    public Task OtherOptionsWithBadValues_ReportWhatIsUsedInstead(string option, string value, string shape, string fallback)
    {
        var test = new VerifyOption.Test { TestCode = "class C { }" };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"""
            root = true

            [*.cs]
            {option} = {value}
            """));
        test.ExpectedDiagnostics.Add(Odeus000(option, value, shape, fallback));
        return test.RunAsync();
    }

    [Fact]
    public async Task InvalidValues_LiteralKeyToClientUsesDefaults()
    {
        var test = new Verifiers.CSharpAnalyzerVerifier<LiteralKeyToClientAnalyzer>.Test
        {
            TestCode = """
                class C
                {
                    object Create() => new OpenAI.Chat.ChatClient("gpt-4o", {|#0:"placeholder"|});
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            odeus.openai_environment_variable = not a name
            odeus.configuration_key = ::
            """));
        test.ExpectedDiagnostics.Add(Odeus002At(0, "placeholder", "apiKey", "ChatClient", "OPENAI_API_KEY"));
        await test.RunAsync();
    }

    [Fact]
    public Task SpacesOnly_ReportedAsEmptyAndTheDefaultApplies()
    {
        var test = new VerifyOption.Test { TestCode = "class C { }" };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nodeus.environment_variable =    \n"));
        test.ExpectedDiagnostics.Add(BadOdeusVariable(string.Empty));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("ODEUS_API_KEY")]
    [InlineData("_key1")]
    [InlineData("  TEAM_ODEUS_KEY  ")]
    public Task ValidName_NoDiagnostic(string value) => WithOption(value).RunAsync();

    [Fact]
    public Task NoOption_NoDiagnostic() => new VerifyOption.Test { TestCode = "class C { }" }.RunAsync();

    [Fact]
    public async Task InvalidValue_HardcodedKeyUsesDefaultVariable()
    {
        var key = TestKeys.Odeus(7);
        var test = new Verifiers.CSharpAnalyzerVerifier<HardcodedKeyAnalyzer>.Test
        {
            TestCode = $$"""class C { string k = "{|#0:{{key}}|}"; }""",
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            odeus.environment_variable = not a name
            """));
        test.ExpectedDiagnostics.Add(Odeus001(0, key));
        await test.RunAsync();
    }
}
