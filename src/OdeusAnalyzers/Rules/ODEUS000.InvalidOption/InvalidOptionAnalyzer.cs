using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
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

        // One report per option and distinct bad value, not one per file: the fix is one line of .editorconfig. It comes
        // from the first file (in compilation order) that has the value, so builds are deterministic. A compilation end
        // action would say the same, but would make the analyzer driver bind every file, and the IDE would show it only
        // in full-solution analysis.
        context.RegisterCompilationStartAction(static start =>
        {
            var compilation = start.Compilation;
            var firstTrees = new Dictionary<(string Option, string Value), SyntaxTree>();
            start.RegisterSyntaxTreeAction(tree =>
            {
                foreach (var option in OdeusOptions.All)
                {
                    option.Configured(tree.Options, tree.Tree, out var invalidValue);
                    if (invalidValue is not null && FirstTreeWith(option, invalidValue, compilation, tree.Options, firstTrees, tree.CancellationToken) == tree.Tree)
                    {
                        tree.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.InvalidOption,
                            Location.None,
                            option.Key,
                            invalidValue,
                            option.ValidShape,
                            option.DefaultDescription));
                    }
                }
            });
        });
    }

    private static SyntaxTree? FirstTreeWith(
        OdeusOption option,
        string value,
        Compilation compilation,
        AnalyzerOptions options,
        Dictionary<(string Option, string Value), SyntaxTree> firstTrees,
        CancellationToken cancellationToken)
    {
        lock (firstTrees)
        {
            if (firstTrees.TryGetValue((option.Key, value), out var first))
            {
                return first;
            }

            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                option.Configured(options, tree, out var invalidValue);
                if (invalidValue == value)
                {
                    firstTrees.Add((option.Key, value), tree);
                    return tree;
                }
            }

            return null;
        }
    }
}
