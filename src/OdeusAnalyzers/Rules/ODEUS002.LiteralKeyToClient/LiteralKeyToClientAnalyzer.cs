using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OdeusAnalyzers;

/// <summary>ODEUS002: a compile-time constant reaches the API-key parameter or property of a known AI client.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LiteralKeyToClientAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.LiteralKeyToClient);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // A client built in generated code (a .razor component) leaks its key just the same.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);

        // The constant is reported where it is written, which may be another member or file than the client. An
        // operation action on the client could only report it as a non-local diagnostic, which the IDE shows and
        // fixes only in full-solution analysis; so each file's syntax tree action reports the constants written in
        // it, from the clients of that file and of the files that use the names it declares.
        context.RegisterCompilationStartAction(static start =>
        {
            // Unit tests hand clients fixture keys by design (mock transports, retry demos): a test project gets nothing,
            // not even the census. ODEUS001 stays on there: an Odeus key in a test is still a leaked key.
            if (BuildProperties.IsTestProject(start.Options) || ClientCensus.Of(start.Compilation) is not { } census)
            {
                return;
            }

            // In the browser, a key given to an SDK client is public however it is written: ODEUS004 reports the client.
            var runsInBrowser = BrowserHosting.RunsInBrowser(start.Options);
            start.RegisterSyntaxTreeAction(tree =>
            {
                foreach (var constant in census.KeyConstantsIn(tree.Tree, tree.CancellationToken))
                {
                    var reached = runsInBrowser ? constant.Clients.Where(c => !census.Clients.IsSdkSink(c.Sink)).ToList() : constant.Clients;
                    if (reached.Count == 0)
                    {
                        continue;
                    }

                    var (sink, use) = reached[0];
                    var clientLocations = reached.SelectMany(c => c.Use.Locations).Distinct().Select(node => node.GetLocation());
                    tree.ReportDiagnostic(LiteralKeyDiagnostic.Create(constant.Origin, constant.Key, sink, use, clientLocations, tree.Options, runsInBrowser));
                }
            });
        });
    }
}
