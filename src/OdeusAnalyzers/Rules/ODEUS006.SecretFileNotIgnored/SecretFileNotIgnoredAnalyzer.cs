using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>ODEUS006: a file meant to hold secrets (.env, credentials.json, ...) that git does not ignore.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretFileNotIgnoredAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SecretFileNotIgnored);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterAdditionalFileAction(Analyze);
    }

    // Only git's own answer counts: outside a repository, or without git, nothing is said.
    private static void Analyze(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (SecretFiles.IsScanOff(context.Options) || !SecretFiles.IsMeantForSecrets(file.Path) || SecretFiles.GitStateOf(file, context.Options) != GitState.NotIgnored)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.SecretFileNotIgnored,
            Location.Create(file.Path, default, new LinePositionSpan(default, default)),
            SecretFiles.FileName(file.Path),
            SecretFiles.IgnoreLine(file.Path)));
    }
}
