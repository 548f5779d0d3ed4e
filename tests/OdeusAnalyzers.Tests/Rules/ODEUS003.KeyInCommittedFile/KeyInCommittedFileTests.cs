using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OdeusAnalyzers.KeyInCommittedFileAnalyzer>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

/// <summary>ODEUS003: keys in configuration files the compiler sees as AdditionalFiles, unless git ignores them.</summary>
public sealed class KeyInCommittedFileTests
{
    private static readonly string Key = TestKeys.Odeus(31);

    /// <summary>One C# file and one additional file; <paramref name="gitIgnored"/> is the metadata the build props would set.</summary>
    private static Verify.Test WithFile(string path, string content, string? gitIgnored = null, string? scanFiles = null)
    {
        var test = new Verify.Test { TestCode = "class C { }" };
        test.TestState.AdditionalFiles.Add((path, content));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", AdditionalFileConfig.For(path, gitIgnored, scanFiles)));
        return test;
    }

    // Test names show the theory's arguments: the cases are file names, never keys.
    [Theory]
    [InlineData("/0/appsettings.json")]
    [InlineData("/0/appsettings.Development.json")]
    [InlineData("/0/Properties/launchSettings.json")]
    [InlineData("/0/.env")]
    [InlineData("/0/.env.local")]
    [InlineData("/0/production.env")]
    [InlineData("/0/config/secrets.yml")]
    [InlineData("/0/deploy.yaml")]
    [InlineData("/0/credentials.json")]
    [InlineData("/0/App.config")]
    public Task EveryFileKind_KeyReported(string path)
    {
        var test = WithFile(path, $"first line\n  \"ApiKey\": \"{{|#0:{Key}|}}\"\n");
        test.ExpectedDiagnostics.Add(Odeus003(0, Path.GetFileName(path), Key));
        return test.RunAsync();
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
            """, gitIgnored: "false");
        test.ExpectedDiagnostics.Add(Odeus003(0, "appsettings.json", Key, "which git does not ignore"));
        test.ExpectedDiagnostics.Add(Odeus003(1, "appsettings.json", other, "which git does not ignore"));
        return test.RunAsync();
    }

    // In a project that serves wwwroot, a file there gets ODEUS007 instead; unmarked, the same file is ODEUS003's.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task ServedFile_LeftToOdeus007(bool served)
    {
        var test = WithFile("/0/wwwroot/appsettings.json", $"{{ \"ApiKey\": \"{{|#0:{Key}|}}\" }}\n");
        test.TestState.AnalyzerConfigFiles.Clear();
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.UsingMicrosoftNETSdkBlazorWebAssembly = true\n\n[/0/wwwroot/appsettings.json]\nbuild_metadata.AdditionalFiles.OdeusGitIgnored = false\nbuild_metadata.AdditionalFiles.OdeusServed = {served}\n"));
        if (!served)
        {
            test.ExpectedDiagnostics.Add(Odeus003(0, "appsettings.json", Key, "which git does not ignore"));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task IgnoredFile_NoDiagnostic() => WithFile("/0/.env", $"ODEUS_API_KEY={Key}\n", gitIgnored: "true").RunAsync();

    [Theory]
    [InlineData("false")]
    [InlineData("False")]
    [InlineData("0")]
    public Task ScanTurnedOff_NoDiagnostic(string value) => WithFile("/0/.env", $"ODEUS_API_KEY={Key}\n", scanFiles: value).RunAsync();

    [Theory]
    [InlineData("/0/notes.txt")]
    [InlineData("/0/appsettings.xml")]
    [InlineData("/0/launchSettings.json")]
    [InlineData("/0/data.json")]
    public Task OtherFiles_NoDiagnostic(string path) => WithFile(path, $"key: {Key}\n").RunAsync();

    public static TheoryData<string> PlaceholderWords() => new(TestKeys.PlaceholderWords);

    [Theory]
    [MemberData(nameof(PlaceholderWords))]
    public Task Placeholders_NoDiagnostic(string word) =>
        WithFile("/0/.env.example", $"ODEUS_API_KEY={TestKeys.Prefix}{word}-{TestKeys.Body(33, 20)}\nSHORT={TestKeys.Prefix}abc\n").RunAsync();

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
        var test = WithFile("/0/appsettings.json", content + "{|#0:" + Key + "|}");
        test.ExpectedDiagnostics.Add(Odeus003(0, "appsettings.json", Key));
        return test.RunAsync();
    }

    [Fact]
    public Task VeryLargeFile_Skipped()
    {
        var content = new string('x', SecretFiles.MaximumLength) + Key;
        return WithFile("/0/appsettings.json", content).RunAsync();
    }
}
