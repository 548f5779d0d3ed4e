using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OdeusAnalyzers.Tests.Verifiers;

namespace OdeusAnalyzers.Tests;

/// <summary>The README's rule table says what the package ships: each rule's title, severity and fixes' exact titles.</summary>
public sealed class ReadmeTests
{
    private static readonly Regex Row = new(@"^\| \[(?<id>ODEUS\d{3})\]\(docs/rules/\k<id>\.md\) \| (?<title>[^|]+) \| (?<severity>\w+) \| (?<fixes>[^|]*)\|$", RegexOptions.Multiline);

    /// <summary>Code that gets every fix the package offers, with the default options: keys in code and in a comment, clients given literal keys, Odeus keys sent elsewhere.</summary>
    private static string Program => $$"""
        using System;
        using System.ClientModel;
        using Microsoft.Extensions.Configuration;
        using OpenAI;
        using OpenAI.Chat;

        class App
        {
            // {{TestKeys.Odeus(80)}}
            string OdeusKey(IConfiguration configuration) => "{{TestKeys.Odeus(81)}}";

            ChatClient OpenAI(IConfiguration configuration) => new ChatClient("gpt-4o", "placeholder");

            ChatClient NoEndpoint() => new ChatClient("gpt-4o", Environment.GetEnvironmentVariable("ODEUS_API_KEY")!);

            OpenAIClient Http() => new OpenAIClient(
                new ApiKeyCredential(Environment.GetEnvironmentVariable("ODEUS_API_KEY")!),
                new OpenAIClientOptions { Endpoint = new Uri("http://api.odeus.ai/openai/eu/v1") });
        }
        """;

    private static Dictionary<string, (string Title, string Severity, string[] Fixes)> Table()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root(), "README.md"));
        return Row.Matches(readme).ToDictionary(
            m => m.Groups["id"].Value,
            m => (m.Groups["title"].Value.Trim(), m.Groups["severity"].Value, Regex.Matches(m.Groups["fixes"].Value, "\"([^\"]+)\"").Select(f => f.Groups[1].Value).Order().ToArray()));
    }

    [Fact]
    public void RuleTable_HasEveryDescriptorWithItsTitleAndSeverity()
    {
        var table = Table();
        var descriptors = typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor)).Select(f => (DiagnosticDescriptor)f.GetValue(null)!).ToList();

        Assert.Equal(descriptors.Select(d => d.Id).Order(), table.Keys.Order());
        Assert.All(descriptors, d =>
        {
            Assert.Equal(d.Title.ToString(), table[d.Id].Title);
            Assert.Equal(d.DefaultSeverity.ToString(), table[d.Id].Severity);
        });
    }

    [Fact]
    public async Task RuleTable_NamesTheFixesExactlyAsOffered()
    {
        var offered = await OfferedFixTitlesAsync(Program);

        var table = Table();
        Assert.All(table, row => Assert.Equal(offered.TryGetValue(row.Key, out var titles) ? titles.Order().ToArray() : Array.Empty<string>(), row.Value.Fixes));
        Assert.Contains("ODEUS005", offered.Keys);
    }

    /// <summary>nuget.org shows the package's README with no repository around it: the same quick start and rule table, every link absolute.</summary>
    [Fact]
    public void PackageReadme_IsTheQuickStartAndTheRuleTableWithAbsoluteLinks()
    {
        const string RepositoryFiles = "https://github.com/odeus-analyzers/OdeusAnalyzers/blob/main/";
        var readme = File.ReadAllText(Path.Combine(Repository.Root(), "README.md"));
        var package = File.ReadAllText(Path.Combine(Repository.Root(), "src", "OdeusAnalyzers.Package", "README.md"));

        Assert.DoesNotMatch(@"\]\((?!https://)", package);
        Assert.Equal(Section(readme, "Quick start"), Section(package, "Quick start"));
        Assert.StartsWith(Section(readme, "Rules"), Section(package, "Rules").Replace("](" + RepositoryFiles, "](", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>From a <c>## </c> heading to the next one, or to the end.</summary>
    private static string Section(string markdown, string heading)
    {
        markdown = markdown.ReplaceLineEndings("\n");
        var start = markdown.IndexOf("\n## " + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section '{heading}'");
        var end = markdown.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return (end < 0 ? markdown.Substring(start) : markdown.Substring(start, end - start)).Trim();
    }

    private static async Task<Dictionary<string, HashSet<string>>> OfferedFixTitlesAsync(string source)
    {
        var analyzers = typeof(Descriptors).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();
        var providers = typeof(CodeFixes.HardcodedKeyCodeFixProvider).Assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!).ToList();

        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("App", LanguageNames.CSharp)
            .WithMetadataReferences(TestReferences.All)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var document = project.AddDocument("App.cs", SourceText.From(source), filePath: "/app/App.cs");
        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers(analyzers, document.Project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();

        var offered = new Dictionary<string, HashSet<string>>();
        foreach (var diagnostic in diagnostics)
        {
            foreach (var provider in providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) =>
                {
                    if (!offered.TryGetValue(diagnostic.Id, out var titles))
                    {
                        offered[diagnostic.Id] = titles = new HashSet<string>();
                    }

                    titles.Add(action.Title);
                }, CancellationToken.None));
            }
        }

        return offered;
    }
}
