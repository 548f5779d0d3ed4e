using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OdeusAnalyzers;

/// <summary>ODEUS000: an OdeusAnalyzers option in .editorconfig has a value that cannot be used.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidOptionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            // One report per distinct bad value, not one per file: the fix is one line of .editorconfig.
            var invalidValues = new ConcurrentDictionary<string, byte>(System.StringComparer.Ordinal);
            start.RegisterSyntaxTreeAction(tree =>
            {
                OdeusOptions.GetEnvironmentVariable(tree.Options, tree.Tree, out var invalidValue);
                if (invalidValue is not null)
                {
                    invalidValues.TryAdd(invalidValue, 0);
                }
            });
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var value in invalidValues.Keys)
                {
                    end.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.InvalidOption,
                        Location.None,
                        OdeusOptions.EnvironmentVariableKey,
                        value,
                        OdeusOptions.DefaultEnvironmentVariable));
                }
            });
        });
    }
}
