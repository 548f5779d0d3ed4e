using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>ODEUS003: an Odeus API key in a configuration file that git does not ignore.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyInCommittedFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.KeyInCommittedFile);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterAdditionalFileAction(Analyze);
    }

    private static void Analyze(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        var state = SecretFiles.GitStateOf(file, context.Options);
        // A file served to the browser is ODEUS007's, whether git ignores it or not.
        if (SecretFiles.IsScanOff(context.Options) || !SecretFiles.MayHoldKeys(file.Path) || state == GitState.Ignored || ServedFiles.IsServed(file, context.Options))
        {
            return;
        }

        // A file that cannot be read, or is too large to be configuration, is skipped; odd bytes are scanned as text.
        var text = file.GetText(context.CancellationToken);
        if (text is null || text.Length > SecretFiles.MaximumLength || SourceTextSearch.Scan(text).PrefixPositions is null)
        {
            return;
        }

        var content = text.ToString();
        var name = SecretFiles.FileName(file.Path);
        foreach (var key in KeyScanner.FindKeys(content))
        {
            var span = new TextSpan(key.Start, key.Length);
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.KeyInCommittedFile,
                Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span)),
                KeyScanner.Mask(content, key),
                name,
                state == GitState.NotIgnored ? "which git does not ignore" : "which git gave no answer for, so it may be committed"));
        }
    }
}
