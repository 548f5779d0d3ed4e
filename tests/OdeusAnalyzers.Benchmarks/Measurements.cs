using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OdeusAnalyzers.Benchmarks;

/// <summary>What one analyzer group cost on one corpus: medians over the runs.</summary>
internal sealed record GroupResult(
    AnalyzerGroup Group,
    IReadOnlyDictionary<string, double> MillisecondsByAnalyzer,
    double TotalMilliseconds,
    long AllocatedBytes,
    IReadOnlyDictionary<string, int> FindingsByRule)
{
    /// <summary>The median time of the per-document path, set once every group has been measured on the same edits.</summary>
    public double DocumentMilliseconds { get; set; }

    /// <summary>The same path with each analyzer of the group alone (for the product's own analyzers).</summary>
    public Dictionary<string, double> DocumentMillisecondsByAnalyzer { get; } = new();
}

/// <summary>ODEUS002's census by stage on one corpus (one run after a warm-up).</summary>
internal sealed record CensusProfile(
    double TotalMilliseconds,
    double CensusMilliseconds,
    long FilesSearched,
    long CandidatesFound,
    long CandidatesKept,
    long CandidatesBound,
    long MembersBound,
    long SlicesBound,
    long DeclarationLookups,
    long NamesFollowed,
    double SearchMilliseconds,
    double JudgeMilliseconds,
    double DeclarationMilliseconds,
    double FollowMilliseconds,
    double BindMilliseconds);

/// <summary>Runs every measurement of one corpus. Analysis and binding are single-threaded, as the issue asks.</summary>
internal sealed class Measurements
{
    private static readonly string[] SdkAssemblyPrefixes =
    {
        "OpenAI.", "System.ClientModel.", "System.Memory.Data.", "Azure.", "Betalgo.", "Microsoft.SemanticKernel.", "Microsoft.Extensions.",
    };

    /// <summary>The .NET 10 reference assemblies and every AI SDK assembly beside the benchmark (with what their APIs expose).</summary>
    private static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(path => SdkAssemblyPrefixes.Any(prefix => Path.GetFileName(path).StartsWith(prefix, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path)))
        .ToImmutableArray();

    private readonly Corpus _corpus;
    private readonly int _runs;
    private readonly int _documentRuns;
    private readonly CSharpCompilationOptions _options;

    public Measurements(Corpus corpus, int runs, int documentRuns, IEnumerable<string> enabledRuleIds)
    {
        _corpus = corpus;
        _runs = runs;
        _documentRuns = documentRuns;
        _options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: Environment.GetEnvironmentVariable("ODEUS_BENCHMARK_NULLABLE") == "disable" ? NullableContextOptions.Disable : NullableContextOptions.Enable,
            concurrentBuild: false,
            specificDiagnosticOptions: enabledRuleIds.Distinct().Select(id => KeyValuePair.Create(id, ReportDiagnostic.Warn)));
    }

    /// <summary>The compiler's own work: declaration and method-body diagnostics of a fresh compilation.</summary>
    public double BindMilliseconds() => Median(Enumerable.Range(-1, _runs + 1).Select(run =>
    {
        var compilation = NewCompilation(_corpus.Trees);
        Settle();
        var watch = Stopwatch.StartNew();
        compilation.GetDiagnostics();
        return watch.Elapsed.TotalMilliseconds;
    }).Skip(1));

    /// <summary>
    /// The floor: one ordinal search for the key prefix over the text of the whole corpus, read from freshly parsed
    /// syntax trees as the analyzers receive it in each run (the same strings, searched in the same state of memory).
    /// </summary>
    public double FloorMilliseconds() => Median(Enumerable.Range(-1, Math.Max(_runs, 5) + 1).Select(run =>
    {
        var trees = _corpus.Reparse();
        Settle();
        var watch = Stopwatch.StartNew();
        var found = 0;
        foreach (var tree in trees)
        {
            var text = tree.GetText().ToString();
            for (var i = text.IndexOf("sk-ld-", StringComparison.Ordinal); i >= 0; i = text.IndexOf("sk-ld-", i + 1, StringComparison.Ordinal))
            {
                found++;
            }
        }

        GC.KeepAlive(found);
        return watch.Elapsed.TotalMilliseconds;
    }).Skip(1));

    public async Task<GroupResult> AnalyzeAsync(AnalyzerGroup group)
    {
        var perAnalyzer = group.Analyzers.ToDictionary(Name, _ => new List<double>());
        var totals = new List<double>();
        var allocations = new List<double>();
        var findings = new Dictionary<string, int>();
        for (var run = -1; run < _runs; run++)
        {
            // Run -1 warms up: JIT and the analyzers' first-use costs are not what a build pays per compilation.
            // Each run parses the files anew, as each build does: nothing cached for a syntax tree carries over.
            var analysis = WithReferencesBound(NewCompilation(_corpus.Reparse())).WithAnalyzers(group.Analyzers, Options(logTime: true));
            Settle();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var diagnostics = await analysis.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            if (run < 0)
            {
                continue;
            }

            allocations.Add(allocated);
            var total = 0.0;
            foreach (var analyzer in group.Analyzers)
            {
                var telemetry = await analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
                perAnalyzer[Name(analyzer)].Add(telemetry.ExecutionTime.TotalMilliseconds);
                total += telemetry.ExecutionTime.TotalMilliseconds;
            }

            totals.Add(total);
            findings = diagnostics.Where(d => group.RuleIds.Contains(d.Id)).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        }

        return new GroupResult(
            group,
            perAnalyzer.ToDictionary(p => p.Key, p => Median(p.Value)),
            Median(totals),
            (long)Median(allocations),
            findings);
    }

    /// <summary>
    /// ODEUS002 alone on a fresh compilation, with the client census's stage counters: what it searched, kept, bound
    /// and followed, and the milliseconds of each stage (stages nest in the order of the work, so they overlap).
    /// </summary>
    public async Task<CensusProfile> ProfileCensusAsync()
    {
        var analyzer = ImmutableArray.Create<DiagnosticAnalyzer>(new LiteralKeyToClientAnalyzer());
        var dump = Environment.GetEnvironmentVariable("ODEUS_BENCHMARK_DUMP_KEPT");
        CensusStatistics.OnBound = dump is null ? null : (node, sliced) =>
        {
            lock (_corpus)
            {
                File.AppendAllText(dump, $"{(sliced ? "sliced" : "WHOLE ")} {node.SyntaxTree.FilePath}:{node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}\n");
            }
        };
        CensusStatistics.OnKept = dump is null ? null : node =>
        {
            lock (_corpus)
            {
                File.AppendAllText(dump, $"{node.SyntaxTree.FilePath}:{node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {node.ToString().ReplaceLineEndings(" ")[..Math.Min(160, node.ToString().ReplaceLineEndings(" ").Length)]}\n");
            }
        };
        for (var run = 0; run < 2; run++)
        {
            CensusStatistics.Reset();
            var analysis = WithReferencesBound(NewCompilation(_corpus.Reparse())).WithAnalyzers(analyzer, Options(logTime: true));
            Settle();
            await analysis.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
            if (run == 1)
            {
                var total = (await analysis.GetAnalyzerTelemetryInfoAsync(analyzer[0], CancellationToken.None).ConfigureAwait(false)).ExecutionTime.TotalMilliseconds;
                return new CensusProfile(
                    total,
                    CensusStatistics.Milliseconds(CensusStatistics.CensusTicks),
                    CensusStatistics.FilesSearched,
                    CensusStatistics.CandidatesFound,
                    CensusStatistics.CandidatesKept,
                    CensusStatistics.CandidatesBound,
                    CensusStatistics.MembersBound,
                    CensusStatistics.SlicesBound,
                    CensusStatistics.DeclarationLookups,
                    CensusStatistics.NamesFollowed,
                    CensusStatistics.Milliseconds(CensusStatistics.SearchTicks),
                    CensusStatistics.Milliseconds(CensusStatistics.JudgeTicks),
                    CensusStatistics.Milliseconds(CensusStatistics.DeclarationTicks),
                    CensusStatistics.Milliseconds(CensusStatistics.FollowTicks),
                    CensusStatistics.Milliseconds(CensusStatistics.BindTicks));
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    /// <summary>
    /// The IDE's per-document path: after an edit, a new compilation, then the syntax and semantic diagnostics of the
    /// edited document alone. Every group is timed on the same edits, in turns that rotate, so that the drift of a
    /// shared two-core machine falls on all of them alike; the median of the runs after a warm-up.
    /// </summary>
    public async Task MeasureDocumentPathAsync(IReadOnlyList<GroupResult> results)
    {
        // Each analyzer of the product alone too, so that the table says which one the editor waits on.
        var turns = results.Select(r => (Result: r, Analyzers: r.Group.Analyzers, Single: (string?)null)).ToList();
        foreach (var result in results.Where(r => !r.Group.IsPeer && r.Group.Analyzers.Length > 1))
        {
            turns.AddRange(result.Group.Analyzers.Select(a => (result, ImmutableArray.Create(a), (string?)Name(a))));
        }

        var baseCompilation = NewCompilation(_corpus.Trees);
        baseCompilation.GetDiagnostics();
        var times = turns.Select(_ => new List<double>()).ToList();
        var text = _corpus.Document.GetText();
        for (var run = -3; run < _documentRuns; run++)
        {
            for (var turn = 0; turn < turns.Count; turn++)
            {
                // A new tree and compilation for every turn, as each keystroke makes: nothing one turn caches for the
                // edited file or the compilation serves the next; the unchanged files' caches stay, as in the IDE.
                var index = (turn + run + 3) % turns.Count;
                var current = turns[index];
                var edited = _corpus.Document.WithChangedText(text.WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new(text.Length, 0), $"// edit {run} {turn}\n")));
                var compilation = baseCompilation.ReplaceSyntaxTree(_corpus.Document, edited);
                var analysis = compilation.WithAnalyzers(current.Analyzers, Options(logTime: false));
                var model = compilation.GetSemanticModel(edited);
                var watch = Stopwatch.StartNew();
                await analysis.GetAnalyzerSyntaxDiagnosticsAsync(edited, CancellationToken.None).ConfigureAwait(false);
                await analysis.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None).ConfigureAwait(false);
                if (run >= 0)
                {
                    times[index].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        for (var i = 0; i < turns.Count; i++)
        {
            if (turns[i].Single is { } single)
            {
                turns[i].Result.DocumentMillisecondsByAnalyzer[single] = Median(times[i]);
            }
            else
            {
                turns[i].Result.DocumentMilliseconds = Median(times[i]);
            }
        }
    }

    private static CompilationWithAnalyzersOptions Options(bool logTime) => new(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
        onAnalyzerException: (exception, analyzer, _) => throw new InvalidOperationException($"{analyzer} threw", exception),
        concurrentAnalysis: false,
        logAnalyzerExecutionTime: logTime);

    /// <summary>
    /// A full collection before each timed run. Parsing a corpus leaves tens of megabytes in the young generations;
    /// without this, the first collection of a run (20-80 ms here, for promoting the parser's survivors) lands on
    /// whichever analyzer or compiler stage happens to allocate next, and a share moves by half between runs. What the
    /// analyzers allocate themselves is still measured (the allocation column) and still collected within the run.
    /// </summary>
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>
    /// Binds the compilation's references, as the compiler does before any analyzer sees it: otherwise the first
    /// analyzer that asks for a referenced type pays for resolving every reference (2-3 ms here), a cost of the
    /// compilation, not of the analyzer.
    /// </summary>
    private static CSharpCompilation WithReferencesBound(CSharpCompilation compilation)
    {
        _ = compilation.SourceModule.ReferencedAssemblySymbols;
        _ = compilation.GetSpecialType(SpecialType.System_Object);
        return compilation;
    }

    private CSharpCompilation NewCompilation(IEnumerable<SyntaxTree> trees) => CSharpCompilation.Create("Corpus", trees, References, _options);

    public static string Name(DiagnosticAnalyzer analyzer) => analyzer.GetType().Name;

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
