using System.Composition;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using OdeusAnalyzers.CodeFixes;

namespace OdeusAnalyzers.Tests;

/// <summary>Rules every descriptor, analyzer and fix provider in the package keeps.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly AnalyzerAssembly = typeof(HardcodedKeyAnalyzer).Assembly;
    private static readonly Assembly CodeFixAssembly = typeof(HardcodedKeyCodeFixProvider).Assembly;

    /// <summary>The sections of every rule page, in this order (issue 17: pages a user reads in a minute).</summary>
    private static readonly string[] RulePageSections =
        { "Cause", "Why it matters", "Non-compliant", "Compliant", "Fixes", "Configuration", "Suppression", "Limits" };

    private const int RulePageMaxLines = 80;
    private const int ReadmeMaxLines = 150;

    private static IReadOnlyList<DiagnosticDescriptor> AllDescriptors() =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();

    private static IEnumerable<Type> Implementations<T>(Assembly assembly) =>
        assembly.GetTypes().Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract);

    [Fact]
    public void Descriptors_HaveUniqueIdsAndCompleteText()
    {
        var descriptors = AllDescriptors();

        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(descriptors, d =>
        {
            Assert.Matches("^ODEUS[0-9]{3}$", d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString()));
            Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat.ToString()));
            Assert.False(string.IsNullOrWhiteSpace(d.Description.ToString()));
            Assert.Contains(d.Category, new[] { "Security", "Configuration" });
        });
    }

    [Fact]
    public void SecurityRules_CarryTheSecurityTagAndAHardCodedOrProtectedCredentialCwe()
    {
        var cwes = new[] { "external/cwe/cwe-798", "external/cwe/cwe-522" };
        foreach (var descriptor in AllDescriptors())
        {
            var tags = descriptor.CustomTags.ToArray();
            if (descriptor.Category == "Security")
            {
                Assert.Contains("security", tags);
                Assert.Contains(tags, tag => cwes.Contains(tag));
                Assert.All(tags.Where(t => t.StartsWith("external/", StringComparison.Ordinal)), tag => Assert.Matches("^external/cwe/cwe-[0-9]+$", tag));
            }
            else
            {
                Assert.DoesNotContain("security", tags);
            }
        }
    }

    [Fact]
    public void Descriptors_LinkToTheirDocPage()
    {
        foreach (var descriptor in AllDescriptors())
        {
            var page = Path.Combine(Repository.Root(), "docs", "rules", descriptor.Id + ".md");
            Assert.True(File.Exists(page), $"missing {page}");
            Assert.EndsWith("/docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.StartsWith("https://", descriptor.HelpLinkUri, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RulePages_AreShortAndHaveTheSameSections()
    {
        var titles = AllDescriptors().ToDictionary(d => d.Id, d => d.Title.ToString());
        var pages = Directory.GetFiles(Path.Combine(Repository.Root(), "docs", "rules"), "*.md");

        Assert.Equal(titles.Keys.Order(), pages.Select(Path.GetFileNameWithoutExtension).Order());
        Assert.All(pages, page =>
        {
            var id = Path.GetFileNameWithoutExtension(page)!;
            var lines = File.ReadAllLines(page);
            Assert.True(lines.Length <= RulePageMaxLines, $"{id}.md has {lines.Length} lines, more than {RulePageMaxLines}");
            Assert.Equal($"# {id}: {titles[id]}", lines[0]);
            Assert.Equal(RulePageSections, SectionHeadings(lines));
        });
    }

    [Fact]
    public void Readme_IsAtMost150Lines()
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root(), "README.md"));

        Assert.True(lines.Length <= ReadmeMaxLines, $"README.md has {lines.Length} lines, more than {ReadmeMaxLines}");
    }

    /// <summary>The <c>## </c> headings outside fenced code blocks.</summary>
    private static List<string> SectionHeadings(IEnumerable<string> lines)
    {
        var headings = new List<string>();
        var inFence = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && line.StartsWith("## ", StringComparison.Ordinal))
            {
                headings.Add(line.Substring(3));
            }
        }

        return headings;
    }

    [Fact]
    public void Descriptors_AreTrackedInAnalyzerReleases()
    {
        var releases = string.Concat(
            File.ReadAllText(Path.Combine(Repository.Root(), "src", "OdeusAnalyzers", "AnalyzerReleases.Shipped.md")),
            File.ReadAllText(Path.Combine(Repository.Root(), "src", "OdeusAnalyzers", "AnalyzerReleases.Unshipped.md")));

        Assert.All(AllDescriptors(), d => Assert.Contains(d.Id + " | " + d.Category + " | " + d.DefaultSeverity, releases, StringComparison.Ordinal));
    }

    [Fact]
    public void Analyzers_AreForCSharpAndReportOnlyKnownDescriptors()
    {
        var known = AllDescriptors().Select(d => d.Id).ToHashSet();
        var analyzers = Implementations<DiagnosticAnalyzer>(AnalyzerAssembly).ToList();

        Assert.NotEmpty(analyzers);
        Assert.All(analyzers, type =>
        {
            var attribute = type.GetCustomAttribute<DiagnosticAnalyzerAttribute>();
            Assert.NotNull(attribute);
            Assert.Equal(new[] { LanguageNames.CSharp }, attribute.Languages);
            var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
            Assert.All(analyzer.SupportedDiagnostics, d => Assert.Contains(d.Id, known));
        });
        Assert.Equal(known, analyzers.SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics).Select(d => d.Id).ToHashSet());
    }

    [Fact]
    public void CodeFixProviders_AreExportedForCSharpWithFixAll()
    {
        var providers = Implementations<CodeFixProvider>(CodeFixAssembly).ToList();

        Assert.NotEmpty(providers);
        Assert.All(providers, type =>
        {
            var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
            Assert.NotNull(export);
            Assert.Equal(new[] { LanguageNames.CSharp }, export.Languages);
            Assert.NotNull(type.GetCustomAttribute<SharedAttribute>());
            var provider = (CodeFixProvider)Activator.CreateInstance(type)!;
            Assert.NotNull(provider.GetFixAllProvider());
            Assert.NotEmpty(provider.FixableDiagnosticIds);
        });
    }
}
