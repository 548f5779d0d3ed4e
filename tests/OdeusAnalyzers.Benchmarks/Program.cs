using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using OdeusAnalyzers.Benchmarks;

// dotnet run -c Release --project tests/OdeusAnalyzers.Benchmarks -- [--runs N] [--document-runs N] [--files N] [--source DIR]... [--no-generated] [--no-peers] [--no-clients] [--markdown FILE]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var runs = 5;
var documentRuns = 41;
var files = 2_400;
var generated = true;
string? markdownPath = null;
var peers = true;
var withoutClients = false;
var sources = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--document-runs": documentRuns = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--files": files = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--source": sources.Add(args[++i]); break;
        case "--no-generated": generated = false; break;
        case "--no-peers": peers = false; break;
        case "--no-clients": withoutClients = true; break;
        case "--markdown": markdownPath = args[++i]; break;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: [--runs N] [--document-runs N] [--files N] [--source DIR]... [--no-generated] [--no-peers] [--no-clients] [--markdown FILE]");
            return 2;
    }
}

var groups = peers
    ? new[] { AnalyzerGroup.Odeus(), AnalyzerGroup.Sonar(), AnalyzerGroup.SecurityCodeScan(), AnalyzerGroup.Baseline() }
    : new[] { AnalyzerGroup.Odeus(), AnalyzerGroup.Baseline() };
var report = new StringBuilder();
report.AppendLine(MachineLine());
report.AppendLine();
report.AppendLine($"Command: `dotnet run -c Release --project tests/OdeusAnalyzers.Benchmarks -- {string.Join(' ', args)}`".Replace(" -- `", "`", StringComparison.Ordinal));
report.AppendLine();
var allMet = true;
var inputs = (generated ? new[] { (Func<Corpus>)(() => Corpus.Generated(files)) } : Array.Empty<Func<Corpus>>())
    .Concat(withoutClients ? new[] { (Func<Corpus>)(() => Corpus.Generated(files, withClients: false)) } : Array.Empty<Func<Corpus>>())
    .Concat(sources.Select(s => (Func<Corpus>)(() => Corpus.FromFolder(s))));
foreach (var load in inputs)
{
    var corpus = load();
    Console.Error.WriteLine($"Measuring {corpus.Name}: {corpus.Trees.Count:N0} files, {corpus.Lines:N0} lines, {corpus.Megabytes:0.0} MB; {runs} runs...");
    var measurements = new Measurements(corpus, runs, documentRuns, groups.SelectMany(g => g.RuleIds));
    var bind = measurements.BindMilliseconds();
    var floor = measurements.FloorMilliseconds();
    var results = new List<GroupResult>();
    foreach (var group in groups)
    {
        Console.Error.WriteLine($"  {group.Name}...");
        results.Add(await measurements.AnalyzeAsync(group));
    }

    Console.Error.WriteLine("  per-document path...");
    await measurements.MeasureDocumentPathAsync(results);

    Console.Error.WriteLine("  ODEUS002 by stage...");
    var profile = await measurements.ProfileCensusAsync();
    allMet &= Report.Write(report, corpus, bind, floor, results, profile);
}

Console.WriteLine(report.ToString());
if (markdownPath is not null)
{
    File.WriteAllText(markdownPath, report.ToString());
}

// Targets are reported, not enforced: the exit code says whether they were all met.
return allMet ? 0 : 1;

static string MachineLine()
{
    var cpu = File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        : null;
    return $"Machine: {cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}.";
}
