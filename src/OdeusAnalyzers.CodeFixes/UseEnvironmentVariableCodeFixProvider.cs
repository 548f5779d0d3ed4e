using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>ODEUS001: replaces a key in code with a read of the environment variable that fails clearly when unset.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseEnvironmentVariableCodeFixProvider))]
[Shared]
public sealed class UseEnvironmentVariableCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = "UseEnvironmentVariable";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.HardcodedKeyId);

    // Several keys can share one literal or one declaration, so Fix All rewrites each document in one pass.
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((context, document, diagnostics) => EnvironmentVariableRewrite.FixAsync(document, diagnostics, context.CancellationToken));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics.Where(EnvironmentVariableRewrite.IsFixable))
        {
            var fixedDocument = await EnvironmentVariableRewrite.FixAsync(context.Document, new[] { diagnostic }, context.CancellationToken).ConfigureAwait(false);
            if (fixedDocument is null)
            {
                continue;
            }

            var variable = diagnostic.Properties.TryGetValue(DiagnosticProperties.EnvironmentVariable, out var name) ? name : OdeusOptions.DefaultEnvironmentVariable;
            context.RegisterCodeFix(
                CodeAction.Create($"Read the key from {variable}", _ => Task.FromResult(fixedDocument), EquivalenceKey),
                diagnostic);
        }
    }
}
