using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OdeusAnalyzers.KeyInCommittedFileAnalyzer>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

/// <summary>ODEUS003: keys in files the compiler sees as AdditionalFiles, when git would commit them.</summary>
public sealed class KeyInCommittedFileTests
{
    private static readonly string Key = TestKeys.Odeus(31);

    /// <summary>One C# file and one additional file; <paramref name="gitState"/> is the OdeusGit metadata the build targets would set.</summary>
    private static Verify.Test WithFile(string path, string content, string? gitState = null, string? scanFiles = null, params string[] properties)
    {
        var test = new Verify.Test { TestCode = "class C { }" };
        test.TestState.AdditionalFiles.Add((path, content));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", AdditionalFileConfig.For(path, gitState, scanFiles, properties)));
        return test;
    }

    // Test names show the theory's arguments: the cases are file names, never keys.
    [Theory]
    [InlineData("/0/appsettings.json")]
    [InlineData("/0/appsettings.Development.json")]
    [InlineData("/0/Properties/launchSettings.json")]
    [InlineData("/0/production.env")]
    [InlineData("/0/deploy.yaml")]
    [InlineData("/0/App.config")]
    public Task EveryNamedKindOutsideGit_KeyReported(string path)
    {
        var test = WithFile(path, $"first line\n  \"ApiKey\": \"{{|#0:{Key}|}}\"\n", gitState: "no-git");
        test.ExpectedDiagnostics.Add(Odeus003(0, Path.GetFileName(path), Key, NotInGit));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("/r/src/App/App.http", "App.http", "Authorization: Bearer ")]
    [InlineData("/r/src/App/deploy/run.sh", "deploy/run.sh", "#!/bin/sh\nODEUS_API_KEY=")]
    [InlineData("/r/src/App/odeus.json", "odeus.json", "{ \"key\": \"")]
    [InlineData("/r/src/App/wwwroot/appsettings.json", "wwwroot/appsettings.json", "{ \"Odeus\": \"")]
    [InlineData("/r/Dockerfile", "../../Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV ODEUS_API_KEY=")]
    [InlineData("/r/src/notes.txt", "../notes.txt", "key ")]
    public Task AnyFileGitWouldCommit_ReportedAtItsLineByItsPathFromTheProject(string path, string name, string before)
    {
        var test = WithFile(path, before + "{|#0:" + Key + "|} trailing\n", "committed", null, AdditionalFileConfig.TwoProjects);
        test.ExpectedDiagnostics.Add(Odeus003(0, name, Key, GitWouldCommit));
        return test.RunAsync();
    }

    [Fact]
    public Task FileAboveTwoProjects_ReportedByTheFirstProjectOnly()
    {
        var content = "ENV ODEUS_API_KEY=" + Key + "\n";
        var first = WithFile("/r/Dockerfile", "ENV ODEUS_API_KEY={|#0:" + Key + "|}\n", "committed", null, AdditionalFileConfig.TwoProjects);
        first.ExpectedDiagnostics.Add(Odeus003(0, "../../Dockerfile", Key, GitWouldCommit));
        return Task.WhenAll(first.RunAsync(), WithFile("/r/Dockerfile", content, "committed", null, AdditionalFileConfig.SecondOfTwoProjects).RunAsync());
    }

    [Fact]
    public Task TrackedAlthoughIgnored_SaysSo()
    {
        var test = WithFile("/r/src/App/appsettings.json", "{ \"k\": \"{|#0:" + Key + "|}\" }", "tracked-ignored", null, AdditionalFileConfig.TwoProjects);
        test.ExpectedDiagnostics.Add(Odeus003(0, "appsettings.json", Key, "which git tracks though .gitignore lists it"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData(GitWouldCommit)]
    [InlineData("which git tracks though .gitignore lists it")]
    [InlineData(NotInGit)]
    public void Messages_AtMost160Characters(string state)
    {
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptors.KeyInCommittedFile.MessageFormat.ToString(), TestKeys.Mask(Key), "wwwroot/appsettings.json", state);
        Assert.True(message.Length <= 160, $"{message.Length}: {message}");
    }

    [Fact]
    public Task CommittedFile_KeyReportedAtItsLineWithEveryKeyOnce()
    {
        var other = TestKeys.Odeus(32);
        var test = WithFile("/0/appsettings.json", $$"""
            {
              "Odeus": {
                "ApiKey": "{|#0:{{Key}}|}",
                "Fallback": "{|#1:{{other}}|}"
              }
            }
            """, gitState: "committed");
        test.ExpectedDiagnostics.Add(Odeus003(0, "appsettings.json", Key, GitWouldCommit));
        test.ExpectedDiagnostics.Add(Odeus003(1, "appsettings.json", other, GitWouldCommit));
        return test.RunAsync();
    }

    // In a project that serves wwwroot, a file there gets ODEUS007 instead; unmarked, the same file is ODEUS003's.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task ServedFile_LeftToOdeus007(bool served)
    {
        const string path = "/0/wwwroot/appsettings.json";
        var test = WithFile(path, $"{{ \"ApiKey\": \"{{|#0:{Key}|}}\" }}\n");
        test.TestState.AnalyzerConfigFiles.Clear();
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", AdditionalFileConfig.For(path, "committed", null, "UsingMicrosoftNETSdkBlazorWebAssembly = true", "ProjectDir = /0/")
            + $"build_metadata.AdditionalFiles.OdeusServed = {served}\n"));
        if (!served)
        {
            test.ExpectedDiagnostics.Add(Odeus003(0, "wwwroot/appsettings.json", Key, GitWouldCommit));
        }

        return test.RunAsync();
    }

    [Theory]
    [InlineData("/0/.env", "committed")]
    [InlineData("/0/.env.local", "tracked-ignored")]
    [InlineData("/0/config/secrets.yml", "no-git")]
    [InlineData("/0/credentials.json", "committed")]
    public Task SecretFileGitWouldCommit_LeftToOdeus006(string path, string state) => WithFile(path, $"ODEUS_API_KEY={Key}\n", state).RunAsync();

    [Theory]
    [InlineData("/0/.env")]
    [InlineData("/0/appsettings.json")]
    public Task UnlistedByGit_NoDiagnostic(string path) => WithFile(path, $"ODEUS_API_KEY={Key}\n", "unlisted").RunAsync();

    [Fact]
    public Task UncheckedSecretFile_KeyReportedSinceNoRuleElseSaysSo()
    {
        var test = WithFile("/0/.env", "ODEUS_API_KEY={|#0:" + Key + "|}\n");
        test.ExpectedDiagnostics.Add(Odeus003(0, ".env", Key));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("false")]
    [InlineData("False")]
    [InlineData("0")]
    public Task ScanTurnedOff_NoDiagnostic(string value) => WithFile("/0/appsettings.json", $"ODEUS_API_KEY={Key}\n", "committed", scanFiles: value).RunAsync();

    [Theory]
    [InlineData("/0/notes.txt")]
    [InlineData("/0/appsettings.xml")]
    [InlineData("/0/launchSettings.json")]
    [InlineData("/0/data.json")]
    public Task OtherFilesGitDidNotList_NoDiagnostic(string path) => WithFile(path, $"key: {Key}\n").RunAsync();

    public static TheoryData<string> PlaceholderWords() => new(TestKeys.PlaceholderWords);

    [Theory]
    [MemberData(nameof(PlaceholderWords))]
    public Task Placeholders_NoDiagnostic(string word) =>
        WithFile("/0/.env.example", $"ODEUS_API_KEY={TestKeys.Prefix}{word}-{TestKeys.Body(33, 20)}\nSHORT={TestKeys.Prefix}abc\n", "committed").RunAsync();

    [Fact] // ODEUS003 reads keys with ODEUS001's KeyScanner: what says it is not a key there says so here.
    public Task FakesSkipped_TheProvidersExampleReported()
    {
        var example = TestKeys.Prefix + "a1b2c3d4e5f6g7h8i9j0";
        var fakes = string.Concat(TestKeys.NotKeyBodies.Select((body, i) => $"  \"Fake{i}\": \"{TestKeys.Prefix}{body}\",\n"));
        var test = WithFile("/0/appsettings.json", $"{{\n{fakes}  \"Example\": \"{{|#0:{example}|}}\"\n}}\n");
        test.ExpectedDiagnostics.Add(Odeus003(0, "appsettings.json", example));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("{ \"broken\": ")]
    [InlineData("\0\u0001\u0002\uFFFD binary ")]
    [InlineData("")]
    public Task MalformedFiles_ScannedAsTextWithoutThrowing(string content)
    {
        var test = WithFile("/0/appsettings.json", content + "{|#0:" + Key + "|}", "committed");
        test.ExpectedDiagnostics.Add(Odeus003(0, "appsettings.json", Key, GitWouldCommit));
        return test.RunAsync();
    }

    [Fact]
    public Task VeryLargeFile_Skipped()
    {
        var content = new string('x', SecretFiles.MaximumLength) + Key;
        return WithFile("/0/app.log", content, "committed").RunAsync();
    }

    [Fact]
    public Task OddLayoutProperties_EveryFileStillReported()
    {
        var test = WithFile("/r/.env.example", "K={|#0:" + Key + "|}\n", "committed", null, "ProjectDir = ", "MSBuildProjectFullPath = relative.csproj", "OdeusProjects = |||", "OdeusGitRoot = \\");
        test.ExpectedDiagnostics.Add(Odeus003(0, ".env.example", Key, GitWouldCommit));
        return test.RunAsync();
    }
}
