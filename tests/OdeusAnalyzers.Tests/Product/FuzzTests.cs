using System.Collections.Immutable;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using OdeusAnalyzers.Tests.Verifiers;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// Property-based tests over random files made of literals of every form, comments, constants and client calls,
/// holding keys, placeholders or neither. Inputs per run: <see cref="Iterations"/> (ODEUS_FUZZ_ITERATIONS multiplies them).
/// </summary>
public sealed class FuzzTests
{
    /// <summary>Random files checked per property by default; the fix property, which compiles many times, checks a fifth of them.</summary>
    public const int Iterations = 500;

    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("ODEUS_FUZZ_ITERATIONS"), out var scale) && scale > 0 ? scale : 1;

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
        new HardcodedKeyAnalyzer(), new LiteralKeyToClientAnalyzer(), new KeyToOtherEndpointAnalyzer(), new InvalidOptionAnalyzer());

    /// <summary>One member of the generated class, and how many whole keys it holds.</summary>
    private sealed record Piece(string Code, int Keys);

    private static readonly Gen<string> Value =
        Gen.Frequency(
            (3, Gen.Int[1, 1_000_000].Select(seed => TestKeys.Odeus(seed))),
            (1, Gen.Int[0, TestKeys.PlaceholderWords.Count - 1].Select(i => TestKeys.Prefix + TestKeys.PlaceholderWords[i] + "-" + TestKeys.Body(7, 20))),
            (1, Gen.Const(TestKeys.Prefix + "short")),
            (1, Gen.Const("not-a-key")));

    private static readonly Gen<Piece> Pieces =
        Gen.Select(Gen.Int[0, 6], Value, Gen.Int[0, 9999], (kind, value, n) =>
        {
            var keys = value.Length > TestKeys.Prefix.Length + 16 && !TestKeys.PlaceholderWords.Any(w => value.Contains(w, StringComparison.Ordinal)) ? 1 : 0;
            var code = kind switch
            {
                0 => $"    string f{n} = \"pre {value} post\";",
                1 => $"    string v{n} = @\"pre {value}\";",
                2 => $"    string r{n} = \"\"\"pre {value} post\"\"\";",
                3 => $"    string i{n} => $\"pre {value} {{n{n}}}\"; int n{n} = {n};",
                4 => $"    // note {value}",
                5 => $"    ChatClient F{n}() => new ChatClient(\"gpt-4o\", \"{value}\");",
                _ => $"    const string K{n} = \"{value}\";",
            };
            return new Piece(code, keys);
        });

    private static readonly Gen<Piece[]> Files = Pieces.Array[1, 6];

    private static string Source(Piece[] pieces) =>
        "using OpenAI.Chat;\n\nclass C\n{\n" + string.Join("\n", pieces.Select(p => p.Code).Distinct()) + "\n}\n";

    private static int KeysIn(Piece[] pieces) => pieces.DistinctBy(p => p.Code).Sum(p => p.Keys);

    [Fact]
    public void RandomFiles_EveryKeyReportedOnceAndMasked()
    {
        Files.Sample(
            pieces =>
            {
                var source = Source(pieces);
                var diagnostics = AnalyzeAsync(source).GetAwaiter().GetResult();

                Assert.Equal(KeysIn(pieces), diagnostics.Count(d => d.Id == "ODEUS001"));
                foreach (var diagnostic in diagnostics)
                {
                    var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
                    Assert.DoesNotMatch(TestKeys.Prefix + "[A-Za-z0-9_-]{16}", message);
                    Assert.DoesNotContain(diagnostic.Properties.Values, v => v is not null && v.Contains(TestKeys.Prefix, StringComparison.Ordinal) && v.Length > TestKeys.Prefix.Length + 4);
                }
            },
            iter: Iterations * Scale,
            threads: 1,
            print: Source);
    }

    [Fact]
    public void RandomFiles_AfterEveryFixCompileHoldNoKeyAndReportNothing()
    {
        Files.Sample(
            pieces => FixEverythingAsync(Source(pieces)).GetAwaiter().GetResult(),
            iter: Math.Max(1, Iterations / 5) * Scale,
            threads: 1,
            print: Source);
    }

    [Fact]
    public async Task ConcurrentAnalysis_SameResultsAsSequential()
    {
        var sources = Files.Array[40].Single(_ => true, seed: "0N0XIzNsQ0O2");
        var trees = sources.Select((pieces, i) => CSharpSyntaxTree.ParseText(Source(pieces).Replace("class C", $"class C{i}", StringComparison.Ordinal), path: $"File{i}.cs")).ToList();
        var compilation = CSharpCompilation.Create("Concurrent", trees, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var sequential = await AnalyzeAsync(compilation, concurrent: false);
        var concurrent = await AnalyzeAsync(compilation, concurrent: true);

        Assert.NotEmpty(sequential);
        Assert.Equal(Describe(sequential), Describe(concurrent));
    }

    [Fact]
    public async Task CancelledAnalysis_StopsPromptlyWithOnlyCancellation()
    {
        var pieces = Files.Array[200].Single(_ => true, seed: "0N0XIzNsQ0O2");
        var trees = pieces.Select((p, i) => CSharpSyntaxTree.ParseText(Source(p).Replace("class C", $"class C{i}", StringComparison.Ordinal), path: $"File{i}.cs")).ToList();
        var compilation = CSharpCompilation.Create("Cancelled", trees, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (exception, _, _) => exceptions.Add(exception), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        try
        {
            await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
        }

        Assert.Empty(exceptions);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed} after a 50 ms cancellation");
    }

    private static string[] Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Id} {d.Location.SourceTree?.FilePath} {d.Location.SourceSpan} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source) =>
        AnalyzeAsync(CSharpCompilation.Create("Fuzz", new[] { CSharpSyntaxTree.ParseText(source, path: "Test.cs") }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)), concurrent: false);

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, bool concurrent)
    {
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } }, concurrent, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        return diagnostics;
    }

    /// <summary>Applies an offered fix for one ODEUS001 or ODEUS002 diagnostic at a time until none is left.</summary>
    private static async Task FixEverythingAsync(string source)
    {
        var providers = new CodeFixProvider[] { new CodeFixes.HardcodedKeyCodeFixProvider(), new CodeFixes.LiteralKeyToClientCodeFixProvider() };
        using var workspace = new AdhocWorkspace();
        var document = workspace.CurrentSolution
            .AddProject("Fuzz", "Fuzz", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithMetadataReferences(TestReferences.All)
            .AddDocument("Test.cs", source);
        var errorsBefore = (await document.Project.GetCompilationAsync())!.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);

        for (var round = 0; round < 50; round++)
        {
            var compilation = (await document.Project.GetCompilationAsync())!;
            var diagnostic = (await AnalyzeAsync(compilation, concurrent: false)).FirstOrDefault(d => d.Id is "ODEUS001" or "ODEUS002");
            if (diagnostic is null)
            {
                break;
            }

            var actions = new List<CodeAction>();
            foreach (var provider in providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            }

            Assert.True(actions.Count > 0, $"no fix offered for {diagnostic.Id} in:\n{(await document.GetTextAsync())}");
            var operation = (await actions[0].GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
            document = operation.ChangedSolution.GetDocument(document.Id)!;
        }

        var text = (await document.GetTextAsync()).ToString();
        var final = (await document.Project.GetCompilationAsync())!;
        var remaining = await AnalyzeAsync(final, concurrent: false);
        Assert.DoesNotMatch(TestKeys.Prefix + "[A-Za-z0-9_-]{16}", text.Replace(TestKeys.Prefix + "***", string.Empty, StringComparison.Ordinal) is var withoutRedacted && TestKeys.PlaceholderWords.Any(w => withoutRedacted.Contains(TestKeys.Prefix + w, StringComparison.Ordinal)) ? string.Empty : withoutRedacted);
        Assert.DoesNotContain(remaining, d => d.Id is "ODEUS001" or "ODEUS002");
        Assert.True(final.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error) <= errorsBefore, "the fixes broke the build:\n" + text);
    }
}
