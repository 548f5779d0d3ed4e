using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<OdeusAnalyzers.OdeusInServedFileAnalyzer>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

/// <summary>ODEUS007: keys in any file under wwwroot, and Odeus API URLs in its pages and scripts, in projects that serve it.</summary>
public sealed class OdeusInServedFileTests
{
    private const string BlazorWebAssembly = "UsingMicrosoftNETSdkBlazorWebAssembly";

    private static readonly string Key = TestKeys.Odeus(61);

    /// <summary>
    /// One C# file and one additional file, as the package's build targets hand them over: <paramref name="sdk"/> is
    /// the SDK property set to true (null: a plain .NET project), <paramref name="served"/> whether the file got the
    /// OdeusServed metadata, <paramref name="gitIgnored"/> git's answer for it.
    /// </summary>
    private static Verify.Test WithFile(
        string path, string content, string? sdk = BlazorWebAssembly, bool served = true, string? gitIgnored = null, string globalOptions = "", string fileOptions = "")
    {
        var test = new Verify.Test { TestCode = "class C { }" };
        test.TestState.AdditionalFiles.Add((path, content));
        var config = "is_global = true\n" + globalOptions + (sdk is null ? string.Empty : $"build_property.{sdk} = true\n") + $"\n[{path}]\n" + fileOptions;
        if (served)
        {
            config += "build_metadata.AdditionalFiles.OdeusServed = true\n";
        }

        if (gitIgnored is not null)
        {
            config += $"build_metadata.AdditionalFiles.OdeusGitIgnored = {gitIgnored}\n";
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
        return test;
    }

    private static string Json(string value) => $"{{\n  \"Odeus\": {{\n    \"ApiKey\": \"{value}\"\n  }}\n}}\n";

    // A Blazor WebAssembly app's wwwroot/appsettings.json is downloaded by the browser: git ignoring it changes nothing.
    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData(null)]
    public Task KeyInServedJson_ReportedWhateverGitSays(string? gitIgnored)
    {
        var test = WithFile("/0/wwwroot/appsettings.json", Json("{|#0:" + Key + "|}"), gitIgnored: gitIgnored);
        test.ExpectedDiagnostics.Add(Odeus007Key(0, "appsettings.json", Key));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("UsingMicrosoftNETSdkWeb")]
    [InlineData("UsingMicrosoftNETSdkRazor")]
    [InlineData(BlazorWebAssembly)]
    public Task EverySdkThatServesWwwroot_Reported(string sdk)
    {
        var test = WithFile("/0/wwwroot/config.txt", $"key={{|#0:{Key}|}}\n", sdk);
        test.ExpectedDiagnostics.Add(Odeus007Key(0, "config.txt", Key));
        return test.RunAsync();
    }

    [Fact]
    public Task ScriptCallingOdeusWithAKey_OneFindingForTheKeyAndOneForTheUrl()
    {
        var test = WithFile("/0/wwwroot/js/chat.js", $$"""
            const key = "{|#0:{{Key}}|}";
            export async function ask(question) {
              const response = await fetch("{|#1:https://api.odeus.ai/openai/eu/v1/chat/completions|}", {
                method: "POST",
                headers: { Authorization: `Bearer ${key}` },
              });
              return response.json();
            }
            """, sdk: "UsingMicrosoftNETSdkWeb");
        test.ExpectedDiagnostics.Add(Odeus007Key(0, "chat.js", Key));
        test.ExpectedDiagnostics.Add(Odeus007Url(1, "chat.js"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("/0/wwwroot/js/chat.js")]
    [InlineData("/0/wwwroot/js/chat.mjs")]
    [InlineData("/0/wwwroot/src/chat.ts")]
    [InlineData("/0/wwwroot/index.html")]
    [InlineData("/0/wwwroot/Chat.HTM")]
    public Task UrlInPageOrScript_Reported(string path)
    {
        var test = WithFile(path, "<script>\n  const url = '{|#0:https://api.odeus.ai/openai/eu/v1|}';\n</script>\n");
        test.ExpectedDiagnostics.Add(Odeus007Url(0, Path.GetFileName(path)));
        return test.RunAsync();
    }

    [Fact]
    public Task EveryUrlOnce_BareHostsAndAnyCase()
    {
        var test = WithFile("/0/wwwroot/app.js", """
            fetch("{|#0:https://api.odeus.ai/v1/a?next=https://api.odeus.ai/v1/b|}");
            const host = '{|#1:API.Odeus.AI|}';
            // {|#2://api.odeus.ai/v1|}
            """);
        test.ExpectedDiagnostics.Add(Odeus007Url(0, "app.js"));
        test.ExpectedDiagnostics.Add(Odeus007Url(1, "app.js", "API.Odeus.AI"));
        test.ExpectedDiagnostics.Add(Odeus007Url(2, "app.js"));
        return test.RunAsync();
    }

    [Fact]
    public Task OtherHosts_NoDiagnostic() =>
        WithFile("/0/wwwroot/app.js", """
            fetch("https://myapi.odeus.ai/v1");
            fetch("https://api.odeus.ai.example.com/v1");
            fetch("https://api.odeus.aix/v1");
            fetch("/api/chat");
            """).RunAsync();

    [Theory]
    [InlineData("", "\n[*.cs]\nodeus.endpoint = https://eu.odeus.ai/openai/v1\n")]
    [InlineData("odeus.endpoint = https://eu.odeus.ai/openai/v1\n", "")]
    public Task ConfiguredEndpointHost_Reported(string globalOptions, string csharpSection)
    {
        var test = WithFile("/0/wwwroot/app.js", "fetch(\"{|#0:https://eu.odeus.ai/openai/v1/chat/completions|}\");\n", globalOptions: globalOptions);
        test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", "root = true\n" + csharpSection));
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(("/0/C.cs", "class C { }"));
        test.ExpectedDiagnostics.Add(Odeus007Url(0, "app.js", "eu.odeus.ai"));
        return test.RunAsync();
    }

    [Fact]
    public Task EndpointSetForTheFile_Reported()
    {
        var test = WithFile("/0/wwwroot/app.js", "fetch(\"{|#0:https://us.odeus.ai/v1|}\");\n", fileOptions: "odeus.endpoint = https://us.odeus.ai/v1\n");
        test.ExpectedDiagnostics.Add(Odeus007Url(0, "app.js", "us.odeus.ai"));
        return test.RunAsync();
    }

    [Fact]
    public Task InvalidEndpointOption_DefaultHostStillReported()
    {
        var test = WithFile("/0/wwwroot/app.js", "fetch(\"{|#0:https://api.odeus.ai/v1|}\");\nfetch(\"https://example.com/v1\");\n", globalOptions: "odeus.endpoint = https://example.com/v1\n");
        test.ExpectedDiagnostics.Add(Odeus007Url(0, "app.js"));
        return test.RunAsync();
    }

    [Fact]
    public Task NotAWebProject_NoDiagnostic() =>
        WithFile("/0/wwwroot/js/chat.js", $"fetch('https://api.odeus.ai/v1', {{ headers: {{ Authorization: 'Bearer {Key}' }} }});\n", sdk: null).RunAsync();

    [Fact]
    public Task FileOutsideWwwroot_NoDiagnostic() =>
        WithFile("/0/scripts/chat.js", $"fetch('https://api.odeus.ai/v1', {{ headers: {{ Authorization: 'Bearer {Key}' }} }});\n", served: false).RunAsync();

    [Theory]
    [InlineData("/0/wwwroot/css/site.css")]
    [InlineData("/0/wwwroot/data/endpoints.json")]
    [InlineData("/0/wwwroot/README.md")]
    public Task UrlOutsidePagesAndScripts_NoDiagnostic(string path) =>
        WithFile(path, "{ \"url\": \"https://api.odeus.ai/openai/eu/v1\" }\n").RunAsync();

    public static TheoryData<string> PlaceholderWords() => new(TestKeys.PlaceholderWords);

    [Theory]
    [MemberData(nameof(PlaceholderWords))]
    public Task PlaceholderKey_NoDiagnostic(string word) =>
        WithFile("/0/wwwroot/appsettings.json", Json($"{TestKeys.Prefix}{word}-{TestKeys.Body(62, 20)}") + $"// {TestKeys.Prefix}abc\n").RunAsync();

    [Theory]
    [InlineData("false")]
    [InlineData("0")]
    public Task ScanTurnedOff_NoDiagnostic(string value) =>
        WithFile("/0/wwwroot/js/chat.js", $"fetch('https://api.odeus.ai/v1', '{Key}');\n", globalOptions: $"build_property.OdeusScanFiles = {value}\n").RunAsync();

    [Theory]
    [InlineData("\0\u0001\u0002\uFFFD\uFFFD binary ")]
    [InlineData("\uFEFF")]
    [InlineData("")]
    public Task BinaryOrOddText_SearchedWithoutThrowing(string prefix)
    {
        var test = WithFile("/0/wwwroot/blob.bin", prefix + "{|#0:" + Key + "|}\0\0");
        test.ExpectedDiagnostics.Add(Odeus007Key(0, "blob.bin", Key));
        return test.RunAsync();
    }

    [Fact]
    public Task EmptyFile_NoDiagnostic() => WithFile("/0/wwwroot/empty.js", string.Empty).RunAsync();

    [Fact]
    public Task VeryLargeFile_Skipped() =>
        WithFile("/0/wwwroot/bundle.js", new string('x', ServedFiles.MaximumLength) + Key + " https://api.odeus.ai/v1").RunAsync();
}
