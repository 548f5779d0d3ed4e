using System.Text;
using System.Text.RegularExpressions;

namespace OdeusAnalyzers.IntegrationTests;

/// <summary>
/// ODEUS007 as a build sees it: throwaway web projects in a real temporary git repository, with the analyzers and the
/// package's build props and targets, built with `dotnet build`.
/// </summary>
public sealed class ServedFilesIntegrationTests : IDisposable
{
    private static readonly Regex Warning = new(@"^\s*(?<path>.+?)\((?<line>\d+),(?<column>\d+)\): warning (?<id>ODEUS00\d):", RegexOptions.Compiled | RegexOptions.Multiline);

    private readonly string _repository = Path.Combine(Path.GetTempPath(), "odeus-served-" + Guid.NewGuid().ToString("N"));
    private readonly string _project;
    private readonly string _key = TestKeys.Odeus(81);

    public ServedFilesIntegrationTests()
    {
        _project = Path.Combine(_repository, "App");
        Directory.CreateDirectory(Path.Combine(_project, "wwwroot"));
        ChildProcess.Run("git", "init -q .", _repository);
        File.WriteAllText(Path.Combine(_repository, ".gitignore"), "bin/\nobj/\nwwwroot/appsettings.json\n");
    }

    [Fact]
    public void BlazorWebAssemblyApp_KeysAndOdeusUrlsInWwwrootReportedAtTheirLines()
    {
        WriteProject("Microsoft.NET.Sdk.BlazorWebAssembly", "public static class Program { public static void Main() { } }\n");

        // Git ignores it, and publishing ships it all the same.
        Write("wwwroot/appsettings.json", $"{{\n  \"Odeus\": {{\n    \"ApiKey\": \"{_key}\"\n  }}\n}}\n");
        Write("wwwroot/js/chat.js", $$"""
            const key = "{{_key}}";
            export async function ask(question) {
              return fetch("https://api.odeus.ai/openai/eu/v1/chat/completions", {
                method: "POST",
                headers: { Authorization: `Bearer ${key}` },
                body: JSON.stringify({ question }),
              });
            }
            """);
        Write("wwwroot/index.html", "<!DOCTYPE html>\n<html>\n<body>\n  <script src=\"https://api.odeus.ai/sdk.js\"></script>\n</body>\n</html>\n");

        // Invalid UTF-8 is searched as text. A binary file (a NUL byte, as git tells) is left out, since the compiler
        // fails the build on a binary AdditionalFiles item: the build must succeed, silent about it.
        WriteBytes("wwwroot/data/legacy.txt", [.. Encoding.ASCII.GetBytes("caf"), 0xC3, 0x28, 0xFF, (byte)'\n', .. Encoding.ASCII.GetBytes("key=" + _key + "\n")]);
        WriteBytes("wwwroot/data/blob.bin", [0, 1, 2, 0xFE, (byte)'\n', .. Encoding.ASCII.GetBytes(_key), 0, 0]);
        WriteBytes("wwwroot/img/logo.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, .. Encoding.ASCII.GetBytes(_key)]);
        Write("wwwroot/Configuraci\u00f3n y m\u00e1s/a b.js", "const url = 'https://API.odeus.ai/v1';\n");

        // Not reported: an Odeus URL in a stylesheet or in data, a script outside wwwroot.
        Write("wwwroot/css/site.css", "body { background: url(\"https://api.odeus.ai/logo.svg\"); }\n");
        Write("wwwroot/data/endpoints.json", "{ \"odeus\": \"https://api.odeus.ai/openai/eu/v1\" }\n");
        Write("Scripts/chat.js", "fetch(\"https://api.odeus.ai/openai/eu/v1/chat/completions\");\n");

        Assert.Equal(
            new[]
            {
                "ODEUS007 wwwroot/Configuraci\u00f3n y m\u00e1s/a b.js(1,14)",
                "ODEUS007 wwwroot/appsettings.json(3,16)",
                "ODEUS007 wwwroot/data/legacy.txt(2,5)",
                "ODEUS007 wwwroot/index.html(4,16)",
                "ODEUS007 wwwroot/js/chat.js(1,14)",
                "ODEUS007 wwwroot/js/chat.js(3,17)",
            },
            Build());
    }

    [Fact]
    public void WebApp_CommittedKeyInWwwrootIsOdeus007NotOdeus003_PlainProjectGetsOdeus003()
    {
        var settings = $"{{\n  \"ApiKey\": \"{_key}\"\n}}\n";
        Write("wwwroot/appsettings.Production.json", settings);
        Write("wwwroot/js/chat.js", "fetch('https://api.odeus.ai/v1');\n");
        WriteProject("Microsoft.NET.Sdk.Web", "public static class Program { public static void Main() { } }\n");

        Assert.Equal(new[] { "ODEUS007 wwwroot/appsettings.Production.json(2,14)", "ODEUS007 wwwroot/js/chat.js(1,8)" }, Build());

        // Without an SDK that serves wwwroot, the folder is nothing special: the committed configuration file is ODEUS003's.
        WriteProject("Microsoft.NET.Sdk", "class C { }\n");
        Assert.Equal(new[] { "ODEUS003 wwwroot/appsettings.Production.json(2,14)" }, Build());
    }

    public void Dispose() => AnalyzedProject.Delete(_repository);

    private void WriteProject(string sdk, string code)
    {
        File.WriteAllText(Path.Combine(_project, "App.csproj"), AnalyzedProject.ProjectFile(sdk));
        File.WriteAllText(Path.Combine(_project, "Program.cs"), code);
    }

    private void Write(string path, string content) => WriteBytes(path, Encoding.UTF8.GetBytes(content.Replace("\r\n", "\n")));

    private void WriteBytes(string path, byte[] content)
    {
        var full = Path.Combine(_project, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    /// <summary>The distinct ODEUS warnings of a full build, as "ID path(line,column)" with the path from the project folder, sorted.</summary>
    private string[] Build()
    {
        var output = ChildProcess.Run("dotnet", "build --no-incremental -nodeReuse:false -tl:off -nologo", _project).Output;
        Assert.Contains("Build succeeded", output, StringComparison.Ordinal);
        Assert.DoesNotContain(_key, output, StringComparison.Ordinal);
        return Warning.Matches(output)
            .Select(m => $"{m.Groups["id"].Value} {Path.GetRelativePath(_project, m.Groups["path"].Value).Replace('\\', '/')}({m.Groups["line"].Value},{m.Groups["column"].Value})")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
