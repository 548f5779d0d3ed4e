using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OdeusAnalyzers;

/// <summary>ODEUS003: an Odeus API key in a file that git would commit.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyInCommittedFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.KeyInCommittedFile);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        ProjectLayout.RegisterFileAction(context, Analyze);
    }

    private static void Analyze(AdditionalFileAnalysisContext context, ProjectLayout layout)
    {
        var file = context.AdditionalFile;
        var state = SecretFiles.GitStateOf(file, context.Options);
        var looksAt = state switch
        {
            GitState.Committed or GitState.TrackedAlthoughIgnored => true,
            GitState.NoGit or GitState.Unknown => SecretFiles.MayHoldKeys(file.Path),
            _ => false,
        };

        // A secret file git would commit gets one ODEUS006 finding, which names its keys; a file served to the
        // browser is ODEUS007's, whether git ignores it or not.
        if (!looksAt || (state != GitState.Unknown && SecretFiles.IsMeantForSecrets(file.Path)) || ServedFiles.IsServed(file, context.Options) || !layout.Reports(file.Path))
        {
            return;
        }

        var keys = KeysInFile.Read(file, context.CancellationToken);
        if (keys.Keys.Count == 0)
        {
            return;
        }

        var name = layout.DisplayPath(file.Path);
        var where = state switch
        {
            GitState.Committed => "which git would commit",
            GitState.TrackedAlthoughIgnored => "which git tracks though .gitignore lists it",
            GitState.NoGit => "not in a git repository (or git not found)",
            _ => "which git gave no answer for",
        };
        foreach (var key in keys.Keys)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.KeyInCommittedFile, keys.LocationOf(file.Path, key), keys.Mask(key), name, where));
        }
    }
}
