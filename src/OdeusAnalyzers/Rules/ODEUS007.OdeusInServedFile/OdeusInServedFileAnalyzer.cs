using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>
/// ODEUS007: an Odeus API key in any file under wwwroot, or an Odeus API URL in a page or script there: publishing
/// ships the folder to every browser, whether git ignores the file or not.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OdeusInServedFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.OdeusInServedFile);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            if (!ServedFiles.ServesWebRoot(start.Options) || SecretFiles.IsScanOff(start.Options))
            {
                return;
            }

            // odeus.endpoint is usually set in a [*.cs] section, which does not match a file under wwwroot: the
            // endpoint a C# file of the project is given counts too.
            var projectEndpoint = start.Compilation.SyntaxTrees.FirstOrDefault() is { } tree
                ? OdeusOptions.Endpoint.Value(start.Options, tree)
                : OdeusOptions.DefaultEndpoint;
            start.RegisterAdditionalFileAction(file => Analyze(file, projectEndpoint));
        });
    }

    private static void Analyze(AdditionalFileAnalysisContext context, string projectEndpoint)
    {
        var file = context.AdditionalFile;
        if (!ServedFiles.IsServed(file, context.Options))
        {
            return;
        }

        // A file that cannot be read, or is too large, is skipped; binary bytes and invalid UTF-8 are searched as text.
        var text = file.GetText(context.CancellationToken);
        if (text is null || text.Length > ServedFiles.MaximumLength)
        {
            return;
        }

        var name = SecretFiles.FileName(file.Path);
        if (SourceTextSearch.Scan(text).PrefixPositions is not null)
        {
            var content = text.ToString();
            foreach (var key in KeyScanner.FindKeys(content))
            {
                Report(context, text, new TextSpan(key.Start, key.Length), $"Odeus API key '{KeyScanner.Mask(content, key)}'", name);
            }
        }

        if (ServedFiles.IsPageOrScript(file.Path))
        {
            var hosts = OdeusApiUrls.Hosts(projectEndpoint, OdeusOptions.Endpoint.Value(context.Options, file));
            foreach (var (span, host) in OdeusApiUrls.Find(text, hosts))
            {
                Report(context, text, span, $"Odeus API URL '{host}'", name);
            }
        }
    }

    private static void Report(AdditionalFileAnalysisContext context, SourceText text, TextSpan span, string what, string file) =>
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.OdeusInServedFile,
            Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span)),
            what,
            file));
}
