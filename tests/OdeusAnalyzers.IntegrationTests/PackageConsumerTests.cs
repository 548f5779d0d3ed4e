using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OdeusAnalyzers.IntegrationTests;

/// <summary>
/// The packed NuGet package, used as a user uses it: restored from a local folder feed under a fresh version, by
/// throwaway consumers built with `dotnet build`, fixed with `dotnet format`, and logged to SARIF.
/// </summary>
public sealed class PackageConsumerTests : IClassFixture<PackageConsumerTests.PackedPackage>
{
    private static readonly Regex Finding = new(@"(?<file>[^\s\\/(]+\.cs)\((?<line>\d+),(?<column>\d+)\): (?<level>warning|error) (?<id>ODEUS00\d)(?:.*\[.*TargetFramework=(?<tfm>[^\]]+)\])?", RegexOptions.Compiled);

    private readonly PackedPackage _package;
    private readonly string _key = TestKeys.Odeus(71);

    public PackageConsumerTests(PackedPackage package) => _package = package;

    private string Program => $$"""
        using System;
        using System.ClientModel;
        using OpenAI;
        using OpenAI.Chat;

        public static class Program
        {
            public static void Main()
            {
                var client = new OpenAIClient(
                    new ApiKeyCredential("{{_key}}"),
                    new OpenAIClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });
                var chat = new ChatClient("gpt-4o", "replace-me");
                Console.WriteLine(client is null || chat is null);
            }
        }
        """;

    /// <summary>The two findings in <see cref="Program"/>, as "ID Program.cs(line,column)", computed from its text.</summary>
    private string[] ExpectedFindings()
    {
        var lines = Program.Split('\n');
        string At(string text, string id)
        {
            var line = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
            return $"{id} Program.cs({line + 1},{lines[line].IndexOf(text, StringComparison.Ordinal) + 1})";
        }

        return new[] { At(_key, "ODEUS001"), At("\"replace-me\"", "ODEUS002") }.Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Package_HoldsAnalyzersPropsTargetsReadmeAndLicense_NoDependencies()
    {
        using var archive = ZipFile.OpenRead(_package.Path);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in new[]
        {
            "analyzers/dotnet/cs/OdeusAnalyzers.dll", "analyzers/dotnet/cs/OdeusAnalyzers.CodeFixes.dll",
            "build/OdeusAnalyzers.props", "build/OdeusAnalyzers.targets", "buildTransitive/OdeusAnalyzers.props", "buildTransitive/OdeusAnalyzers.targets",
            "build/OdeusAnalyzers.Served.targets",
            "README.md",
        })
        {
            Assert.Contains(entry, entries);
        }

        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        using var nuspecStream = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("security", Value("tags")!.Split(' '));

        // The description names every rule the analyzers ship, as release tracking lists them.
        var releases = File.ReadAllText(System.IO.Path.Combine(Repository.Root(), "src", "OdeusAnalyzers", "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(System.IO.Path.Combine(Repository.Root(), "src", "OdeusAnalyzers", "AnalyzerReleases.Unshipped.md"));
        var rules = Regex.Matches(releases, @"^(ODEUS\d{3}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, rule => Assert.Contains(rule, Value("description"), StringComparison.Ordinal));
        var dependencies = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies");
        Assert.True(dependencies is null || !dependencies.Descendants().Any(e => e.Name.LocalName == "dependency"), "the package declares dependencies");
    }

    [Fact]
    public void Net8AndNet10Consumers_GetExactlyTheExpectedWarnings()
    {
        var consumer = Consumer("net8.0;net10.0");

        var output = Dotnet(consumer, "build -tl:off -nodeReuse:false", expectSuccess: true);

        // The SDK's own compiler loads the analyzers: no "could not load" (CS8032) or "newer compiler" (CS9057) warning.
        Assert.DoesNotContain("CS8032", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", output, StringComparison.Ordinal);
        var expected = ExpectedFindings();
        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            var found = Finding.Matches(output).Where(m => m.Groups["tfm"].Value == framework)
                .Select(m => $"{m.Groups["id"].Value} {m.Groups["file"].Value}({m.Groups["line"].Value},{m.Groups["column"].Value})")
                .Distinct().Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(expected, found);
        }
    }

    // As a test project (IsTestProject, which Microsoft.NET.Test.Sdk sets, reaches the analyzers through the props),
    // ODEUS002 is off and ODEUS001 still fails the build.
    [Theory]
    [InlineData("-warnaserror:ODEUS001 -p:IsTestProject=true", false)]
    [InlineData("-p:TreatWarningsAsErrors=true", true)]
    public void WarningsAsErrors_FailTheBuild(string arguments, bool reportsODEUS002)
    {
        var consumer = Consumer("net10.0");

        var output = Dotnet(consumer, $"build -tl:off -nodeReuse:false {arguments}", expectSuccess: false);

        Assert.Contains(Finding.Matches(output), m => m.Groups["level"].Value == "error" && m.Groups["id"].Value == "ODEUS001");
        Assert.Equal(reportsODEUS002, Finding.Matches(output).Any(m => m.Groups["id"].Value == "ODEUS002"));
    }

    [Theory]
    [InlineData("editorconfig")]
    [InlineData("pragma")]
    [InlineData("SuppressMessage")]
    public void Suppressions_SilenceTheKey(string how)
    {
        var consumer = Consumer("net10.0");
        var program = Path.Combine(consumer, "Program.cs");
        switch (how)
        {
            case "editorconfig":
                File.WriteAllText(Path.Combine(consumer, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.ODEUS001.severity = none\n");
                break;
            case "pragma":
                File.WriteAllText(program, File.ReadAllText(program).Replace("var client", "#pragma warning disable ODEUS001\n        var client", StringComparison.Ordinal));
                break;
            default:
                File.WriteAllText(program, File.ReadAllText(program).Replace(
                    "    public static void Main()",
                    "    [System.Diagnostics.CodeAnalysis.SuppressMessage(\"Security\", \"ODEUS001\", Justification = \"Test\")]\n    public static void Main()",
                    StringComparison.Ordinal));
                break;
        }

        var output = Dotnet(consumer, "build -tl:off -nodeReuse:false", expectSuccess: true);

        Assert.DoesNotContain(Finding.Matches(output), m => m.Groups["id"].Value == "ODEUS001");
        Assert.Contains(Finding.Matches(output), m => m.Groups["id"].Value == "ODEUS002");
    }

    [Fact]
    public void DotnetFormat_FixesEveryFindingThenVerifiesClean()
    {
        var consumer = Consumer("net10.0");

        Dotnet(consumer, "format analyzers --diagnostics ODEUS001 ODEUS002 --severity warn", expectSuccess: true);
        var fixedSource = File.ReadAllText(Path.Combine(consumer, "Program.cs"));
        var build = Dotnet(consumer, "build -tl:off -nodeReuse:false -warnaserror", expectSuccess: true);
        Dotnet(consumer, "format analyzers --diagnostics ODEUS001 ODEUS002 --severity warn --verify-no-changes", expectSuccess: true);

        Assert.DoesNotContain(_key, fixedSource, StringComparison.Ordinal);
        Assert.DoesNotContain("replace-me", fixedSource, StringComparison.Ordinal);
        Assert.Contains("Environment.GetEnvironmentVariable(\"ODEUS_API_KEY\")", fixedSource, StringComparison.Ordinal);
        Assert.Empty(Finding.Matches(build));
    }

    [Fact]
    public void Sarif_ListsEveryFindingWithItsRuleAndSecurityTagsAndNeverTheKey()
    {
        var consumer = Consumer("net10.0");
        var log = Path.Combine(consumer, "out.sarif");

        // A comma would split the property on the command line: %2C keeps "version=2.1" with the path.
        Dotnet(consumer, $"build -tl:off -nodeReuse:false \"-p:ErrorLog={log}%2Cversion=2.1\"", expectSuccess: true);

        var sarif = File.ReadAllText(log);
        Assert.DoesNotContain(_key, sarif, StringComparison.Ordinal);
        Assert.DoesNotContain(_key.Substring(TestKeys.Prefix.Length + 5), sarif, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(sarif);
        var run = document.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).Where(id => id!.StartsWith("ODEUS", StringComparison.Ordinal)).Order().ToArray();
        Assert.Equal(new[] { "ODEUS001", "ODEUS002" }, results);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Where(r => r.GetProperty("id").GetString()!.StartsWith("ODEUS", StringComparison.Ordinal)).ToList();
        Assert.All(rules, rule => Assert.EndsWith($"/docs/rules/{rule.GetProperty("id").GetString()}.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal));

        // Code scanning files a result as a security alert by its rule's tags.
        string[] Tags(string id) => rules.Single(r => r.GetProperty("id").GetString() == id).GetProperty("properties").GetProperty("tags")
            .EnumerateArray().Select(t => t.GetString()!).ToArray();
        Assert.Equal(new[] { "security", "external/cwe/cwe-798" }, Tags("ODEUS001"));
        Assert.Equal(new[] { "security", "external/cwe/cwe-798" }, Tags("ODEUS002"));
    }

    [Fact]
    public void CompilersToolset414_LoadsTheAnalyzers()
    {
        var consumer = Consumer("net10.0", """<PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="4.14.0" PrivateAssets="all" />""");

        var output = Dotnet(consumer, "build -tl:off -nodeReuse:false", expectSuccess: true);

        Assert.DoesNotContain("CS8032", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", output, StringComparison.Ordinal);
        Assert.Equal(ExpectedFindings(), Finding.Matches(output)
            .Select(m => $"{m.Groups["id"].Value} {m.Groups["file"].Value}({m.Groups["line"].Value},{m.Groups["column"].Value})")
            .Distinct().Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>A consumer project in its own folder, restoring the package from the local feed.</summary>
    private string Consumer(string frameworks, string extraItems = "")
    {
        var folder = Path.Combine(_package.Root, "consumer-" + Guid.NewGuid().ToString("N"));
        WriteConsumer(folder, _package, frameworks, Program, extraItems);
        return folder;
    }

    /// <summary>Writes a consumer of the package: nuget.config for the local feed, the project, and its Program.cs.</summary>
    internal static void WriteConsumer(string folder, PackedPackage package, string frameworks, string program, string extraItems = "")
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="odeus-local" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFrameworks>{frameworks}</TargetFrameworks>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OpenAI" Version="2.15.0" />
                <PackageReference Include="OdeusAnalyzers" Version="{package.Version}" PrivateAssets="all" />
                {extraItems}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), program);
    }

    private string Dotnet(string directory, string arguments, bool expectSuccess)
    {
        var (exitCode, output) = PackedPackage.Run("dotnet", arguments, directory);
        Assert.DoesNotContain(_key, output, StringComparison.Ordinal);
        if (expectSuccess)
        {
            Assert.True(exitCode == 0, $"dotnet {arguments} exited with {exitCode}:\n{output}");
        }
        else
        {
            Assert.True(exitCode != 0, $"dotnet {arguments} succeeded");
        }

        return output;
    }

    /// <summary>The package, packed once for the class under a fresh version into a throwaway folder feed.</summary>
    public sealed class PackedPackage : IDisposable
    {
        public PackedPackage()
        {
            Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "odeus-package-" + Guid.NewGuid().ToString("N"));
            Feed = System.IO.Path.Combine(Root, "feed");
            Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "." + Environment.ProcessId;
            var project = System.IO.Path.Combine(Repository.Root(), "src", "OdeusAnalyzers.Package");
            var (exitCode, output) = Run("dotnet", $"pack \"{project}\" -c Release -o \"{Feed}\" -p:Version={Version} -nodeReuse:false", Root);
            Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
            Path = Directory.GetFiles(Feed, "*.nupkg").Single();
        }

        public string Root { get; }

        public string Feed { get; }

        public string Version { get; }

        public string Path { get; }

        public void Dispose()
        {
            var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            foreach (var folder in new[] { Root, System.IO.Path.Combine(cache, "odeusanalyzers", Version) })
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (DirectoryNotFoundException)
                {
                }
                catch (IOException)
                {
                }
            }
        }

        public static (int ExitCode, string Output) Run(string fileName, string arguments, string directory) =>
            ChildProcess.Run(fileName, arguments, directory);
    }
}
