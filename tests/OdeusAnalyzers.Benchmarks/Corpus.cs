using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OdeusAnalyzers.Benchmarks;

/// <summary>The C# files measured, parsed once, and the one document the IDE path is measured on.</summary>
internal sealed class Corpus
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private Corpus(string name, IReadOnlyList<SyntaxTree> trees, SyntaxTree document)
    {
        Name = name;
        Trees = trees;
        Document = document;
        Texts = trees.Select(t => t.GetText().ToString()).ToList();
        Lines = trees.Sum(t => t.GetText().Lines.Count);
        Megabytes = Texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)) / (1024.0 * 1024.0);
    }

    public string Name { get; }

    public IReadOnlyList<SyntaxTree> Trees { get; }

    public IReadOnlyList<string> Texts { get; }

    /// <summary>The document of about 3,000 lines that stands for the file open in the editor.</summary>
    public SyntaxTree Document { get; }

    public int Lines { get; }

    public double Megabytes { get; }

    /// <summary>New syntax trees for the same files.</summary>
    public IReadOnlyList<SyntaxTree> Reparse() =>
        Trees.Select((tree, i) => CSharpSyntaxTree.ParseText(Texts[i], ParseOptions, tree.FilePath, Encoding.UTF8)).ToList();

    public static Corpus Generated(int fileCount)
    {
        var files = CorpusGenerator.Generate(fileCount, largeDocumentLines: 3_000);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, f.Path, Encoding.UTF8)).ToList();
        return new Corpus($"generated corpus ({fileCount:N0} files)", trees, trees[^1]);
    }

    /// <summary>Every .cs file under <paramref name="folder"/> (bin and obj left out); the document is the one closest to 3,000 lines.</summary>
    public static Corpus FromFolder(string folder)
    {
        var separator = Path.DirectorySeparatorChar;
        var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{separator}bin{separator}", StringComparison.Ordinal) && !p.Contains($"{separator}obj{separator}", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), ParseOptions, p, Encoding.UTF8))
            .ToList();
        if (trees.Count == 0)
        {
            throw new InvalidOperationException("No .cs file under " + folder);
        }

        var document = trees.OrderBy(t => Math.Abs(t.GetText().Lines.Count - 3_000)).First();
        return new Corpus(Path.GetFullPath(folder), trees, document);
    }
}
