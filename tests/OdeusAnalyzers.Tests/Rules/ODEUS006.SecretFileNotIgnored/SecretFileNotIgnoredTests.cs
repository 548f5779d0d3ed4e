using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OdeusAnalyzers.SecretFileNotIgnoredAnalyzer>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

/// <summary>ODEUS006: files meant for secrets that git does not ignore, as the build props report them.</summary>
public sealed class SecretFileNotIgnoredTests
{
    private static Verify.Test WithFile(string path, string? gitIgnored, string? scanFiles = null)
    {
        var test = new Verify.Test { TestCode = "class C { }" };
        test.TestState.AdditionalFiles.Add((path, "A=1\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", AdditionalFileConfig.For(path, gitIgnored, scanFiles)));
        return test;
    }

    [Theory]
    [InlineData("/0/.env", ".env", ".env")]
    [InlineData("/0/.env.local", ".env.local", ".env.local")]
    [InlineData("/0/.env.production", ".env.production", ".env.production")]
    [InlineData("/0/credentials.json", "credentials.json", "credentials.json")]
    [InlineData("/0/config/secrets.yml", "secrets.yml", "**/config/secrets.yml")]
    public Task NotIgnored_ReportedOnTheFileWithTheLineToAdd(string path, string name, string line)
    {
        var test = WithFile(path, gitIgnored: "false");
        test.ExpectedDiagnostics.Add(Odeus006(path, name, line));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("/0/.env")]
    [InlineData("/0/credentials.json")]
    public Task Ignored_NoDiagnostic(string path) => WithFile(path, gitIgnored: "true").RunAsync();

    [Theory]
    [InlineData("/0/.env")]
    [InlineData("/0/config/secrets.yml")]
    public Task OutsideGitOrUnchecked_NoDiagnostic(string path) => WithFile(path, gitIgnored: null).RunAsync();

    [Theory]
    [InlineData("/0/.env.example")]
    [InlineData("/0/.env.sample")]
    [InlineData("/0/.env.template")]
    [InlineData("/0/secrets.yml")]
    [InlineData("/0/appsettings.json")]
    [InlineData("/0/production.env")]
    public Task TemplatesAndOtherFiles_NoDiagnostic(string path) => WithFile(path, gitIgnored: "false").RunAsync();

    [Fact]
    public Task ScanTurnedOff_NoDiagnostic() => WithFile("/0/.env", gitIgnored: "false", scanFiles: "false").RunAsync();

    [Theory]
    [InlineData("garbage")]
    [InlineData("")]
    public Task OddMetadataValues_TreatedAsUnchecked(string value) => WithFile("/0/.env", gitIgnored: value).RunAsync();
}
