using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>
/// ODEUS006: a file meant to hold secrets (.env, credentials.json, ...) that git would commit, or that is outside git.
/// The keys in it are named in this one finding (ODEUS003 leaves the file to this rule).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretFileNotIgnoredAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SecretFileNotIgnored);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        ProjectLayout.RegisterFileAction(context, Analyze);
    }

    // Only the build targets' answer counts: a file they did not look at (Unknown) gets nothing.
    private static void Analyze(AdditionalFileAnalysisContext context, ProjectLayout layout)
    {
        var file = context.AdditionalFile;
        var state = SecretFiles.GitStateOf(file, context.Options);
        if (state is not (GitState.Committed or GitState.TrackedAlthoughIgnored or GitState.NoGit)
            || !SecretFiles.IsMeantForSecrets(file.Path)
            || !layout.Reports(file.Path))
        {
            return;
        }

        var keys = KeysInFile.Read(file, context.CancellationToken);
        var held = keys.Keys.Count switch
        {
            0 => string.Empty,
            1 => $" and holds '{keys.Mask(keys.Keys[0])}'",
            _ => $" and holds '{keys.Mask(keys.Keys[0])}' (+{keys.Keys.Count - 1})",
        };
        var todo = state switch
        {
            GitState.Committed => $"git does not ignore it: add '{SecretFiles.IgnoreLine(file.Path)}' to .gitignore",
            GitState.TrackedAlthoughIgnored => "git tracks it although .gitignore lists it: run 'git rm --cached'",
            _ => "it is not in a git repository (or git not found): keep it out of commits",
        };
        if (keys.Keys.Count > 0 && state != GitState.NoGit)
        {
            todo += keys.Keys.Count == 1 ? ", and revoke the key" : ", and revoke the keys";
        }

        // On the first key when it holds one, so the finding is at that line; else at the start of the file.
        var location = keys.Keys.Count > 0
            ? keys.LocationOf(file.Path, keys.Keys[0])
            : Location.Create(file.Path, default, new LinePositionSpan(default, default));
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.SecretFileNotIgnored, location, layout.DisplayPath(file.Path), held, todo));
    }
}
