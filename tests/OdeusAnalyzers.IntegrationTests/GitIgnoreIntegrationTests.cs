using System.Text.RegularExpressions;

namespace OdeusAnalyzers.IntegrationTests;

/// <summary>
/// ODEUS003 and ODEUS006 as a build sees them: a throwaway project in a real temporary git repository, with the
/// analyzers and the package's build props and targets, built with `dotnet build` after each change.
/// </summary>
public sealed class GitIgnoreIntegrationTests : IDisposable
{
    private static readonly Regex Warning = new(@"(?<file>[^\s\\/(]+)\((?<line>\d+),(?<column>\d+)\): warning (?<id>ODEUS00[36])", RegexOptions.Compiled);

    private readonly string _repository = Path.Combine(Path.GetTempPath(), "odeus-git-" + Guid.NewGuid().ToString("N"));
    private readonly string _project;
    private readonly string _key = TestKeys.Odeus(41);

    public GitIgnoreIntegrationTests()
    {
        _project = Path.Combine(_repository, "App");
        Directory.CreateDirectory(_project);
        Run("git", "init -q .", _repository);
        File.WriteAllText(Path.Combine(_project, "App.csproj"), AnalyzedProject.File());
        File.WriteAllText(Path.Combine(_project, "C.cs"), "class C { }\n");
        File.WriteAllText(Path.Combine(_repository, ".gitignore"), "bin/\nobj/\n.env\n");
        File.WriteAllText(Path.Combine(_project, ".env"), $"ODEUS_API_KEY={_key}\n");
    }

    [Fact]
    public void BuildsInAGitRepository_FollowWhatGitIgnores()
    {
        // An ignored .env is exactly where the key belongs.
        Assert.Empty(Build());

        // A committed appsettings.json holding a key: ODEUS003 at the key's line and column.
        File.WriteAllText(Path.Combine(_project, "appsettings.json"), $"{{\n  \"Odeus\": {{\n    \"ApiKey\": \"{_key}\"\n  }}\n}}\n");
        Assert.Equal(new[] { "ODEUS003 appsettings.json(3,16)" }, Build());

        // A .env that git does not ignore: one ODEUS006, at the key it names.
        File.Delete(Path.Combine(_project, "appsettings.json"));
        File.WriteAllText(Path.Combine(_repository, ".gitignore"), "bin/\nobj/\n");
        Assert.Equal(new[] { "ODEUS006 .env(1,15)" }, Build());

        // Committed, then listed in .gitignore: still tracked, still reported.
        Run("git", "add .env", _project);
        File.AppendAllText(Path.Combine(_repository, ".gitignore"), ".env\n");
        Assert.Equal(new[] { "ODEUS006 .env(1,15)" }, Build());

        // Taken out of the index, as ODEUS006 then asks: the build is silent again.
        Run("git", "rm -q --cached .env", _project);
        Assert.Empty(Build());
    }

    [Fact]
    public void IgnoredFileInANonAsciiFolder_Silent()
    {
        // git quotes such names in its answers unless told not to; the ignored file must still be recognized.
        var folder = Path.Combine(_project, "Configuraci\u00f3n");
        Directory.CreateDirectory(folder);
        File.Move(Path.Combine(_project, ".env"), Path.Combine(folder, ".env"));

        Assert.Empty(Build());
    }

    [Fact]
    public void AddedFiles_NeverTwiceNorFromBinOrObj()
    {
        var projectFile = Path.Combine(_project, "App.csproj");
        File.WriteAllText(projectFile, File.ReadAllText(projectFile).Replace("<ItemGroup>", "<ItemGroup>\n    <AdditionalFiles Include=\"appsettings.json\" />", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_project, "appsettings.json"), $"{{ \"Key\": \"{_key}\" }}\n");
        File.WriteAllText(Path.Combine(_project, ".env.local"), "A=1\n");
        foreach (var output in new[] { "bin", "obj" })
        {
            Directory.CreateDirectory(Path.Combine(_project, output, "Debug"));
            File.WriteAllText(Path.Combine(_project, output, "Debug", "appsettings.json"), "{}\n");
        }

        // The files are added by targets, so ask for the items after the one the compiler's options are written by.
        var json = Run("dotnet", "msbuild -t:GenerateMSBuildEditorConfigFileShouldRun -getItem:AdditionalFiles -nologo", _project);
        var files = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("Items").GetProperty("AdditionalFiles")
            .EnumerateArray().Select(item => Path.GetRelativePath(_project, item.GetProperty("FullPath").GetString()!).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

        // The ignored .env is not added; appsettings.json, which git lists for its key, is not added a second time.
        // git lists App.csproj too, since it names OdeusAnalyzers: added once, and scanned for keys like any file.
        Assert.Equal(new[] { ".env.local", "App.csproj", "appsettings.json" }, files);
    }

    [Fact]
    public void DesignTimeBuild_GivesTheAnalyzersGitsAnswer()
    {
        // What the IDE runs: the compile targets without the compiler. The analyzers read the generated editorconfig.
        File.WriteAllText(Path.Combine(_project, "credentials.json"), "{}\n");
        Run("dotnet", "msbuild -t:Compile -p:DesignTimeBuild=true -p:SkipCompilerExecution=true -p:ProvideCommandLineArgs=true -nodeReuse:false -nologo", _project);

        var config = File.ReadAllText(Path.Combine(_project, "obj", "Debug", "net10.0", "App.GeneratedMSBuildEditorConfig.editorconfig"));

        Assert.DoesNotContain($"[{Path.Combine(_project, ".env").Replace('\\', '/')}]", config, StringComparison.Ordinal);
        Assert.Contains($"[{Path.Combine(_project, "credentials.json").Replace('\\', '/')}]\nbuild_metadata.AdditionalFiles.OdeusGit = committed", config.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.Contains($"build_property.OdeusGitRoot = {_repository.Replace('\\', '/')}", config, StringComparison.Ordinal);
    }

    [Fact]
    public void ScanTurnedOff_BuildIsSilent()
    {
        File.WriteAllText(Path.Combine(_repository, ".gitignore"), "bin/\nobj/\n");

        Assert.Empty(Build("-p:OdeusScanFiles=false"));
    }

    public void Dispose() => AnalyzedProject.Delete(_repository);

    /// <summary>The distinct ODEUS003 and ODEUS006 warnings of a full build, as "ID file(line,column)", sorted.</summary>
    private string[] Build(string arguments = "")
    {
        var output = Run("dotnet", $"build --no-incremental -nodeReuse:false -tl:off -nologo {arguments}", _project);
        Assert.Contains("Build succeeded", output, StringComparison.Ordinal);
        Assert.DoesNotContain(_key, output, StringComparison.Ordinal);
        return Warning.Matches(output)
            .Select(m => $"{m.Groups["id"].Value} {m.Groups["file"].Value}({m.Groups["line"].Value},{m.Groups["column"].Value})")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static string Run(string fileName, string arguments, string directory) => ChildProcess.Run(fileName, arguments, directory).Output;
}
