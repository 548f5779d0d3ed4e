using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OdeusAnalyzers.Benchmarks;

/// <summary>The C# files measured, parsed once, and the one document the IDE path is measured on.</summary>
internal sealed class Corpus
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private Corpus(string name, IReadOnlyList<SyntaxTree> trees, SyntaxTree document, bool hasClients = true)
    {
        HasClients = hasClients;
        Name = name;
        Trees = trees;
        Document = document;
        Texts = trees.Select(t => t.GetText().ToString()).ToList();
        Lines = trees.Sum(t => t.GetText().Lines.Count);
        Megabytes = Texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)) / (1024.0 * 1024.0);
    }

    public string Name { get; }

    /// <summary>False for a tree that references the AI SDKs and builds no client: there the floor is the yardstick.</summary>
    public bool HasClients { get; }

    public IReadOnlyList<SyntaxTree> Trees { get; }

    public IReadOnlyList<string> Texts { get; }

    /// <summary>The document of about 3,000 lines that stands for the file open in the editor.</summary>
    public SyntaxTree Document { get; }

    public int Lines { get; }

    public double Megabytes { get; }

    /// <summary>New syntax trees for the same files.</summary>
    public IReadOnlyList<SyntaxTree> Reparse() =>
        Trees.Select((tree, i) => CSharpSyntaxTree.ParseText(Texts[i], ParseOptions, tree.FilePath, Encoding.UTF8)).ToList();

    /// <summary>The generated corpus; without clients, its client factories are services like the others (no SDK call at all).</summary>
    public static Corpus Generated(int fileCount, bool withClients = true)
    {
        var files = CorpusGenerator.Generate(fileCount, largeDocumentLines: 3_000, withClients);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, f.Path, Encoding.UTF8)).ToList();
        return new Corpus($"generated corpus ({fileCount:N0} files{(withClients ? string.Empty : ", no clients")})", trees, trees[^1], hasClients: withClients);
    }

    /// <summary>The seven global usings of <c>ImplicitUsings=enable</c>, which real projects compile with.</summary>
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    /// <summary>
    /// Every .cs file under <paramref name="folder"/> (bin and obj left out), plus the implicit global usings as one
    /// more tree; the document is the file closest to 3,000 lines.
    /// </summary>
    public static Corpus FromFolder(string folder)
    {
        var separator = Path.DirectorySeparatorChar;
        var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{separator}bin{separator}", StringComparison.Ordinal) && !p.Contains($"{separator}obj{separator}", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), ParseOptions, p, Encoding.UTF8))
            .ToList();
        trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, Path.Combine(folder, "obj", "GlobalUsings.g.cs"), Encoding.UTF8));
        if (trees.Count == 0)
        {
            throw new InvalidOperationException("No .cs file under " + folder);
        }

        var document = trees.Take(trees.Count - 1).OrderBy(t => Math.Abs(t.GetText().Lines.Count - 3_000)).First();
        return new Corpus(Path.GetFullPath(folder), trees, document);
    }
}
