using System.Text.RegularExpressions;

namespace OdeusAnalyzers.IntegrationTests;

/// <summary>
/// ODEUS003 and ODEUS006 over a whole repository, as `dotnet build` of a two-project solution sees them: keys in any
/// file git would commit, in the projects' folders and directly in the folders above them, each reported once, by
/// one project, at its line, with the key masked in every output.
/// </summary>
public sealed class RepositoryFilesIntegrationTests : IDisposable
{
    private static readonly Regex Finding = new(
        @"^\s*(?<path>.+?)\((?<line>\d+),(?<column>\d+)\): warning (?<id>ODEUS00[36]): (?<message>.*) \[(?<project>[^\]]+)\]\s*$",
        RegexOptions.Compiled | RegexOptions.Multiline);

    private readonly string _repository = Path.Combine(Path.GetTempPath(), "odeus-repo-" + Guid.NewGuid().ToString("N"));
    private readonly string _key = TestKeys.Odeus(81);
    private readonly List<string> _expected = new();

    public RepositoryFilesIntegrationTests()
    {
        Directory.CreateDirectory(_repository);
        Run("git", "init -q .");
        foreach (var project in new[] { "App", "Lib" })
        {
            Write($"src/{project}/{project}.csproj", AnalyzedProject.File());
            Write($"src/{project}/C{project}.cs", $"class C{project} {{ }}\n");
        }

        Write("Two.slnx", "<Solution>\n  <Project Path=\"src/App/App.csproj\" />\n  <Project Path=\"src/Lib/Lib.csproj\" />\n</Solution>\n");
        Write(".gitignore", "bin/\nobj/\nappsettings.Development.json\n");
    }

    [Fact]
    public void TwoProjectSolution_EveryKeyOnceAtItsLine()
    {
        // Above both projects: reported once, by App, the first of the two by path.
        Leak(".env", "# local settings\nODEUS_API_KEY={0}\n", "ODEUS006", "App");
        Leak("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV ODEUS_API_KEY={0}\n", "ODEUS003", "App");
        Leak("src/shared.txt", "shared: {0}\n", "ODEUS003", "App");

        // In the projects' folders, at any depth, whatever the file's kind.
        Leak("src/App/App.http", "@host = http://localhost:5000\n\nGET {{host}}/weatherforecast\nAuthorization: Bearer {0}\n", "ODEUS003", "App");
        Leak("src/App/deploy/run.sh", "#!/bin/sh\nODEUS_API_KEY={0} dotnet run\n", "ODEUS003", "App");
        Leak("src/App/odeus.json", "{\n  \"key\": \"{0}\"\n}\n", "ODEUS003", "App");
        Leak("src/App/config/secrets.yml", "odeus:\n  key: {0}\n", "ODEUS006", "App");
        Leak("src/App/Configuraci\u00f3n de prueba/notas \u00fcber.txt", "{0}\n", "ODEUS003", "App");
        Leak("src/Lib/appsettings.json", "{\n  \"Odeus\": {\n    \"ApiKey\": \"{0}\"\n  }\n}\n", "ODEUS003", "Lib");

        // Not reported: an ignored file, a binary file, a placeholder, and a key in C# (ODEUS001's).
        Write("src/App/appsettings.Development.json", $"{{ \"Key\": \"{_key}\" }}\n");
        File.WriteAllBytes(Path.Combine(_repository, "src/App/blob.bin"), new byte[] { 0, 1, 2 }.Concat(System.Text.Encoding.ASCII.GetBytes(_key)).ToArray());
        Write(".env.example", $"ODEUS_API_KEY={TestKeys.Prefix}your-key-here-0000\n");

        var (output, findings) = Build();

        Assert.Equal(_expected.Order(StringComparer.Ordinal), findings);
        Assert.All(Finding.Matches(output), m => Assert.Contains(TestKeys.Mask(_key), m.Groups["message"].Value, StringComparison.Ordinal));
    }

    [Fact]
    public void ProjectAtTheRoot_ScansTheWholeRepositoryButNestedProjectsFolders()
    {
        Write("Root.csproj", AnalyzedProject.File("<EnableDefaultCompileItems>false</EnableDefaultCompileItems>"));
        Leak(".env", "ODEUS_API_KEY={0}\n", "ODEUS006", "Root");
        Leak("deploy/run.sh", "ODEUS_API_KEY={0} dotnet run\n", "ODEUS003", "Root");
        Leak("src/shared.txt", "shared: {0}\n", "ODEUS003", "Root");

        // App uses the package, so its folder is its own; nothing builds it here.
        Leak("src/App/odeus.json", "{ \"key\": \"{0}\" }\n", null, null);

        var (exitCode, output) = ChildProcess.Run("dotnet", "build Root.csproj --no-incremental -nodeReuse:false -tl:off -nologo -p:UseSharedCompilation=false", _repository);

        Assert.True(exitCode == 0, output);
        Assert.Equal(_expected.Order(StringComparer.Ordinal), Findings(output));
    }

    [Fact]
    public void NoGitOnPath_NamedFilesOfEachProjectTreatedAsCommitted()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        Leak(".env", "ODEUS_API_KEY={0}\n", null, null);
        Leak("src/App/config/secrets.yml", "odeus:\n  key: {0}\n", "ODEUS006", "App");
        Leak("src/App/App.http", "Authorization: Bearer {0}\n", null, null);
        Leak("src/Lib/appsettings.json", "{\n  \"Odeus\": {\n    \"ApiKey\": \"{0}\"\n  }\n}\n", "ODEUS003", "Lib");

        // A PATH with the SDK and a shell, without git.
        var tools = Path.Combine(_repository, ".tools");
        Directory.CreateDirectory(tools);
        File.CreateSymbolicLink(Path.Combine(tools, "dotnet"), FindOnPath("dotnet"));
        File.CreateSymbolicLink(Path.Combine(tools, "sh"), FindOnPath("sh"));

        var (output, findings) = Build(tools);

        Assert.Equal(_expected.Order(StringComparer.Ordinal), findings);
        Assert.Contains("not in a git repository (or git not found)", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_repository, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Writes <paramref name="content"/> with the key for {0}; expects <paramref name="id"/> from <paramref name="project"/> at the key, unless null.</summary>
    private void Leak(string path, string content, string? id, string? project)
    {
        var text = content.Replace("{0}", _key, StringComparison.Ordinal);
        Write(path, text);
        if (id is null)
        {
            return;
        }

        var before = text.Substring(0, text.IndexOf(_key, StringComparison.Ordinal));
        var line = before.Count(c => c == '\n') + 1;
        var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
        _expected.Add($"{id} {path}({line},{column}) {project}");
    }

    private void Write(string path, string content)
    {
        var full = Path.Combine(_repository, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    /// <summary>The build's output, and its ODEUS003 and ODEUS006 findings as "ID path(line,column) project", each location once, sorted.</summary>
    private (string Output, string[] Findings) Build(string? searchPath = null)
    {
        var (exitCode, output) = ChildProcess.Run("dotnet", "build Two.slnx --no-incremental -nodeReuse:false -tl:off -nologo -p:UseSharedCompilation=false", _repository, searchPath);
        Assert.True(exitCode == 0, output);
        return (output, Findings(output));
    }

    private string[] Findings(string output)
    {
        Assert.DoesNotContain(_key, output, StringComparison.Ordinal);
        Assert.DoesNotContain(_key.Substring(TestKeys.Prefix.Length + 4), output, StringComparison.Ordinal);
        return Finding.Matches(output)
            .Select(m => $"{m.Groups["id"].Value} {Path.GetRelativePath(_repository, m.Groups["path"].Value).Replace('\\', '/')}({m.Groups["line"].Value},{m.Groups["column"].Value}) {Path.GetFileNameWithoutExtension(m.Groups["project"].Value)}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private void Run(string fileName, string arguments) => Assert.Equal(0, ChildProcess.Run(fileName, arguments, _repository).ExitCode);

    private static string FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, name))
            .First(File.Exists);
}
