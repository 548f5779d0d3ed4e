using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OdeusAnalyzers.SecretFileNotIgnoredAnalyzer>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

/// <summary>ODEUS006: files meant for secrets that git would commit, or that are outside git, as the build targets report them.</summary>
public sealed class SecretFileNotIgnoredTests
{
    private static Verify.Test WithFile(string path, string? gitState, string? scanFiles = null, string content = "A=1\n", params string[] properties)
    {
        var test = new Verify.Test { TestCode = "class C { }" };
        test.TestState.AdditionalFiles.Add((path, content));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", AdditionalFileConfig.For(path, gitState, scanFiles, properties)));
        return test;
    }

    private static string AddLine(string line) => $"git does not ignore it: add '{line}' to .gitignore";

    [Theory]
    [InlineData("/0/.env", ".env", ".env")]
    [InlineData("/0/.env.local", ".env.local", ".env.local")]
    [InlineData("/0/.env.production", ".env.production", ".env.production")]
    [InlineData("/0/credentials.json", "credentials.json", "credentials.json")]
    [InlineData("/0/config/secrets.yml", "secrets.yml", "**/config/secrets.yml")]
    public Task NotIgnored_ReportedOnTheFileWithTheLineToAdd(string path, string name, string line)
    {
        var test = WithFile(path, gitState: "committed");
        test.ExpectedDiagnostics.Add(Odeus006(path, name, AddLine(line)));
        return test.RunAsync();
    }

    [Fact]
    public Task TrackedAlthoughIgnored_AsksForGitRmCached()
    {
        var test = WithFile("/r/src/App/config/secrets.yml", "tracked-ignored", properties: AdditionalFileConfig.TwoProjects);
        test.ExpectedDiagnostics.Add(Odeus006("/r/src/App/config/secrets.yml", "config/secrets.yml", "git tracks it although .gitignore lists it: run 'git rm --cached'"));
        return test.RunAsync();
    }

    [Fact]
    public Task OutsideGit_SaysSo()
    {
        var test = WithFile("/0/credentials.json", "no-git");
        test.ExpectedDiagnostics.Add(Odeus006("/0/credentials.json", "credentials.json", "it is " + NotInGit + ": keep it out of commits"));
        return test.RunAsync();
    }

    [Fact]
    public Task KeysInTheFile_FoldedIntoOneFindingAtTheFirstKey()
    {
        var key = TestKeys.Odeus(61);
        var other = TestKeys.Odeus(62);
        var test = WithFile("/r/.env", "committed", content: $"# local\nODEUS_API_KEY={{|#0:{key}|}}\nOTHER={other}\n", properties: AdditionalFileConfig.TwoProjects);
        test.ExpectedDiagnostics.Add(Odeus006(0, "../../.env", $" and holds '{TestKeys.Mask(key)}' (+1)", AddLine(".env") + ", and revoke the keys"));
        return test.RunAsync();
    }

    [Fact]
    public Task OneKey_NamedMasked()
    {
        var key = TestKeys.Odeus(63);
        var test = WithFile("/0/.env", "no-git", content: $"ODEUS_API_KEY={{|#0:{key}|}}\n");
        test.ExpectedDiagnostics.Add(Odeus006(0, ".env", $" and holds '{TestKeys.Mask(key)}'", "it is " + NotInGit + ": keep it out of commits"));
        return test.RunAsync();
    }

    [Fact]
    public Task SecretFileAboveTwoProjects_ReportedByTheFirstProjectOnly()
    {
        var first = WithFile("/r/.env", "committed", properties: AdditionalFileConfig.TwoProjects);
        first.ExpectedDiagnostics.Add(Odeus006("/r/.env", "../../.env", AddLine(".env")));
        var second = WithFile("/r/.env", "committed", properties: AdditionalFileConfig.SecondOfTwoProjects);
        return Task.WhenAll(first.RunAsync(), second.RunAsync());
    }

    [Theory]
    [InlineData("git tracks it although .gitignore lists it: run 'git rm --cached', and revoke the keys")]
    [InlineData("git does not ignore it: add '**/config/secrets.yml' to .gitignore, and revoke the keys")]
    [InlineData("it is not in a git repository (or git not found): keep it out of commits")]
    public void Messages_AtMost160Characters(string state)
    {
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptors.SecretFileNotIgnored.MessageFormat.ToString(), "config/secrets.yml", $" and holds '{TestKeys.Mask(TestKeys.Odeus(64))}' (+2)", state);
        Assert.True(message.Length <= 160, $"{message.Length}: {message}");
    }

    [Theory]
    [InlineData("/0/.env")]
    [InlineData("/0/credentials.json")]
    public Task UnlistedByGit_NoDiagnostic(string path) => WithFile(path, gitState: "unlisted").RunAsync();

    [Theory]
    [InlineData("/0/.env")]
    [InlineData("/0/config/secrets.yml")]
    public Task Unchecked_NoDiagnostic(string path) => WithFile(path, gitState: null).RunAsync();

    [Theory]
    [InlineData("/0/.env.example")]
    [InlineData("/0/.env.sample")]
    [InlineData("/0/.env.template")]
    [InlineData("/0/secrets.yml")]
    [InlineData("/0/appsettings.json")]
    [InlineData("/0/production.env")]
    public Task TemplatesAndOtherFiles_NoDiagnostic(string path) => WithFile(path, gitState: "committed").RunAsync();

    [Fact]
    public Task ScanTurnedOff_NoDiagnostic() => WithFile("/0/.env", gitState: "committed", scanFiles: "false").RunAsync();

    [Theory]
    [InlineData("garbage")]
    [InlineData("")]
    [InlineData("true")]
    public Task OddMetadataValues_TreatedAsUnchecked(string value) => WithFile("/0/.env", gitState: value).RunAsync();
}
