using System.Text;

namespace OdeusAnalyzers.Benchmarks;

/// <summary>Writes one corpus's results as Markdown and checks the targets.</summary>
internal static class Report
{
    public static bool Write(StringBuilder report, Corpus corpus, double bind, double floor, IReadOnlyList<GroupResult> results, CensusProfile profile)
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
                var document = result.DocumentMillisecondsByAnalyzer.TryGetValue(name, out var alone) ? $"{alone:0.00}" : string.Empty;
                report.AppendLine($"| {result.Group.Name}: {name} | {rules} | {milliseconds:0.00} | {100 * milliseconds / bind:0.000}% | {MegabytesPerSecond(corpus, milliseconds)} | | {document} | |");
            }

            var findings = string.Join(", ", result.FindingsByRule.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value}"));
            report.AppendLine($"| **{result.Group.Name}, all** | | **{result.TotalMilliseconds:0.00}** | **{100 * result.TotalMilliseconds / bind:0.000}%** | {MegabytesPerSecond(corpus, result.TotalMilliseconds)} | {allocatedPerFile:N0} | {result.DocumentMilliseconds:0.00} | {(findings.Length == 0 ? "-" : findings)} |");
        }

        report.AppendLine();
        var hardcodedKey = odeus.MillisecondsByAnalyzer[nameof(HardcodedKeyAnalyzer)];
        var documentNet = odeus.DocumentMilliseconds - baseline.DocumentMilliseconds;
        var targets = new List<(string Name, bool Met, string Measured)>
        {
            ("all ODEUS analyzers ≤ 1% of bind time", odeus.TotalMilliseconds <= bind / 100, $"{100 * odeus.TotalMilliseconds / bind:0.000}%"),
            // The analyzer driver's own cost on this path, paid once for all analyzers, is what the empty analyzer takes.
            ("per-document path ≤ 1 ms (above the driver's own cost)", documentNet <= 1, $"{documentNet:0.00} ms ({odeus.DocumentMilliseconds:0.00} ms end to end, of which the driver with an empty analyzer takes {baseline.DocumentMilliseconds:0.00} ms)"),
        };
        if (peers.Count > 0)
        {
            var cheapestPeer = peers.SelectMany(p => p.MillisecondsByAnalyzer).MinBy(p => p.Value);
            targets.Add(("all ODEUS analyzers ≤ the cheapest peer rule", odeus.TotalMilliseconds <= cheapestPeer.Value, $"{odeus.TotalMilliseconds:0.00} ms vs {cheapestPeer.Key} {cheapestPeer.Value:0.00} ms ({odeus.TotalMilliseconds / Math.Max(cheapestPeer.Value, 0.001):0.00}x)"));
        }

        if (!corpus.HasClients)
        {
            targets.Add(("all ODEUS analyzers ≤ 3x the IndexOf floor (no clients)", odeus.TotalMilliseconds <= 3 * floor, $"{odeus.TotalMilliseconds:0.00} ms = {odeus.TotalMilliseconds / floor:0.00}x of {floor:0.00} ms"));
        }

        targets.Add(("ODEUS001 ≤ 3x the IndexOf floor", hardcodedKey <= 3 * floor, $"{hardcodedKey:0.00} ms = {hardcodedKey / floor:0.00}x of {floor:0.00} ms"));
        report.AppendLine("| Target | Measured | Met |");
        report.AppendLine("| --- | --- | --- |");
        foreach (var target in targets)
        {
            report.AppendLine($"| {target.Name} | {target.Measured} | {(target.Met ? "yes" : "**no**")} |");
        }

        report.AppendLine();
        report.AppendLine($"ODEUS002 by stage ({profile.TotalMilliseconds:0.00} ms alone): {profile.FilesSearched:N0} files searched, {profile.CandidatesFound:N0} candidates found, {profile.CandidatesKept:N0} kept by syntax and declarations, {profile.CandidatesBound:N0} bound ({profile.SlicesBound:N0} slices of members, {profile.MembersBound:N0} whole members), {profile.DeclarationLookups:N0} names looked up in the files' declarations, {profile.NamesFollowed:N0} followed across files.");
        report.AppendLine();
        report.AppendLine("| Stage | ms |");
        report.AppendLine("| --- | ---: |");
        report.AppendLine($"| the sink table resolved against the references (once per compilation) | {profile.CensusMilliseconds:0.00} |");
        report.AppendLine($"| text search for the sink table's words, candidates found | {profile.SearchMilliseconds:0.00} |");
        report.AppendLine($"| syntax verdicts on the candidates' values | {profile.JudgeMilliseconds:0.00} |");
        report.AppendLine($"| lookups of names in the files' declarations | {profile.DeclarationMilliseconds:0.00} |");
        report.AppendLine($"| cross-file index of the names kept candidates read (includes its lookups) | {profile.FollowMilliseconds:0.00} |");
        report.AppendLine($"| binding and tracing the kept candidates | {profile.BindMilliseconds:0.00} |");
        report.AppendLine();
        return targets.All(t => t.Met);
    }

    private static string MegabytesPerSecond(Corpus corpus, double milliseconds) =>
        milliseconds <= 0 ? "-" : (corpus.Megabytes / (milliseconds / 1000)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
