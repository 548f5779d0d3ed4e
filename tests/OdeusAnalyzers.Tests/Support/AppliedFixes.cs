using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OdeusAnalyzers.CodeFixes;
using OdeusAnalyzers.Tests.Verifiers;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// A program as the package's fixes leave it: the first fix offered for the first diagnostic is applied, then the
/// analyzers run again, as a developer (or <c>dotnet format analyzers</c>) would do, until nothing is left to fix.
/// </summary>
internal static class AppliedFixes
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
        ImmutableArray.Create<DiagnosticAnalyzer>(new HardcodedKeyAnalyzer(), new LiteralKeyToClientAnalyzer());

    private static readonly CodeFixProvider[] Providers = { new HardcodedKeyCodeFixProvider(), new LiteralKeyToClientCodeFixProvider() };

    public static async Task<string> ApplyAsync(string source, string editorConfig)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("App", LanguageNames.CSharp)
            .WithMetadataReferences(TestReferences.All)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        project = project.AddAnalyzerConfigDocument(".editorconfig", SourceText.From(editorConfig), filePath: "/app/.editorconfig").Project;
        var document = project.AddDocument("Program.cs", SourceText.From(source), filePath: "/app/Program.cs");
        for (var round = 0; round < 20; round++)
        {
            var compilation = (await document.Project.GetCompilationAsync())!;
            var diagnostics = await compilation.WithAnalyzers(Analyzers, document.Project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
            var actions = new List<CodeAction>();
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                foreach (var provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                }

                if (actions.Count > 0)
                {
                    break;
                }
            }

            if (actions.Count == 0)
            {
                return (await document.GetTextAsync()).ToString();
            }

            var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
            var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            document = changed.GetDocument(document.Id)!;
        }

        throw new InvalidOperationException("The fixes did not converge.");
    }
}
