using System.Text;

namespace OdeusAnalyzers.Benchmarks;

/// <summary>Writes one corpus's results as Markdown and checks the targets.</summary>
internal static class Report
{
    public static bool Write(StringBuilder report, Corpus corpus, double bind, double floor, IReadOnlyList<GroupResult> results)
    {
        var baseline = results.Single(r => r.Group.RuleIds.IsEmpty);
        var odeus = results[0];
        var peers = results.Where(r => r.Group.IsPeer).ToList();
        report.AppendLine($"### {corpus.Name}");
        report.AppendLine();
        report.AppendLine($"{corpus.Trees.Count:N0} files, {corpus.Lines:N0} lines, {corpus.Megabytes:0.0} MB. Compiler bind (`GetDiagnostics`): **{bind:0} ms**. Floor, one `IndexOf(\"sk-ld-\")` pass: **{floor:0.00} ms**. Per-document path on `{Path.GetFileName(corpus.Document.FilePath)}` ({corpus.Document.GetText().Lines.Count:N0} lines).");
        report.AppendLine();
        report.AppendLine("| Analyzer | Rules | Time (ms) | % of bind | MB/s | Allocated per file (bytes) | Per-document (ms) | Findings |");
        report.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var result in results)
        {
            var allocatedPerFile = Math.Max(0, result.AllocatedBytes - (result == baseline ? 0 : baseline.AllocatedBytes)) / (double)corpus.Trees.Count;
            foreach (var (name, milliseconds) in result.MillisecondsByAnalyzer)
            {
                var rules = string.Join(", ", result.Group.Analyzers.Single(a => Measurements.Name(a) == name).SupportedDiagnostics.Select(d => d.Id).Where(id => result.Group.RuleIds.Contains(id)));
                report.AppendLine($"| {result.Group.Name}: {name} | {rules} | {milliseconds:0.00} | {100 * milliseconds / bind:0.000}% | {MegabytesPerSecond(corpus, milliseconds)} | | | |");
            }

            var findings = string.Join(", ", result.FindingsByRule.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value}"));
            report.AppendLine($"| **{result.Group.Name}, all** | | **{result.TotalMilliseconds:0.00}** | **{100 * result.TotalMilliseconds / bind:0.000}%** | {MegabytesPerSecond(corpus, result.TotalMilliseconds)} | {allocatedPerFile:N0} | {result.DocumentMilliseconds:0.00} | {(findings.Length == 0 ? "-" : findings)} |");
        }

        report.AppendLine();
        var hardcodedKey = odeus.MillisecondsByAnalyzer[nameof(HardcodedKeyAnalyzer)];
        var cheapestPeer = peers.SelectMany(p => p.MillisecondsByAnalyzer).MinBy(p => p.Value);
        var documentNet = odeus.DocumentMilliseconds - baseline.DocumentMilliseconds;
        var targets = new (string Name, bool Met, string Measured)[]
        {
            ("all ODEUS analyzers ≤ 1% of bind time", odeus.TotalMilliseconds <= bind / 100, $"{100 * odeus.TotalMilliseconds / bind:0.000}%"),
            ("all ODEUS analyzers ≤ 1/5 of the cheapest peer rule", odeus.TotalMilliseconds <= cheapestPeer.Value / 5, $"{odeus.TotalMilliseconds:0.00} ms vs {cheapestPeer.Key} {cheapestPeer.Value:0.00} ms ({cheapestPeer.Value / Math.Max(odeus.TotalMilliseconds, 0.001):0.0}x)"),
            ("ODEUS001 ≤ 3x the IndexOf floor", hardcodedKey <= 3 * floor, $"{hardcodedKey:0.00} ms = {hardcodedKey / floor:0.00}x of {floor:0.00} ms"),
            // The analyzer driver's own cost on this path, paid once for all analyzers, is what the empty analyzer takes.
            ("per-document path ≤ 2 ms (above the driver's own cost)", documentNet <= 2, $"{documentNet:0.00} ms ({odeus.DocumentMilliseconds:0.00} ms end to end, of which the driver with an empty analyzer takes {baseline.DocumentMilliseconds:0.00} ms)"),
        };
        report.AppendLine("| Target | Measured | Met |");
        report.AppendLine("| --- | --- | --- |");
        foreach (var target in targets)
        {
            report.AppendLine($"| {target.Name} | {target.Measured} | {(target.Met ? "yes" : "**no**")} |");
        }

        report.AppendLine();
        return targets.All(t => t.Met);
    }

    private static string MegabytesPerSecond(Corpus corpus, double milliseconds) =>
        milliseconds <= 0 ? "-" : (corpus.Megabytes / (milliseconds / 1000)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
