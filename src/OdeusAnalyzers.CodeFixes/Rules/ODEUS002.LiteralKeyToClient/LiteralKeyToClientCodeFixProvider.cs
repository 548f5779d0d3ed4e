using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>ODEUS002's fixes: the constant passed as a key is replaced by a read of an environment variable, or of configuration.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LiteralKeyToClientCodeFixProvider))]
[Shared]
public sealed class LiteralKeyToClientCodeFixProvider : CodeFixProvider
{
    public const string UseEnvironmentVariableKey = "UseEnvironmentVariable";
    public const string UseConfigurationKey = "UseConfiguration";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.LiteralKeyToClientId);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((context, document, diagnostics) =>
            RewriteAsync(document, diagnostics.Where(d => !RunsInBrowser(d)).ToImmutableArray(), context.CodeActionEquivalenceKey == UseConfigurationKey, context.CancellationToken));

    /// <summary>In the browser a key read at run time is public too: the call belongs in the backend, which no rewrite here does.</summary>
    private static bool RunsInBrowser(Diagnostic diagnostic) =>
        DiagnosticProperties.IsSet(diagnostic.Properties, DiagnosticProperties.RunsInBrowser);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var tree = await context.Document.GetSyntaxTreeAsync(context.CancellationToken).ConfigureAwait(false);
        var configurationFirst = tree is not null
            && OdeusOptions.PreferredFix.Value(context.Document.Project.AnalyzerOptions, tree) == OdeusOptions.ConfigurationFix;
        foreach (var diagnostic in context.Diagnostics.Where(d => !RunsInBrowser(d)))
        {
            var single = ImmutableArray.Create(diagnostic);
            var fixes = new List<CodeAction>();
            if (await RewriteAsync(context.Document, single, useConfiguration: false, context.CancellationToken).ConfigureAwait(false) is { } environmentFix)
            {
                fixes.Add(CodeAction.Create($"Read the key from {Property(diagnostic, DiagnosticProperties.EnvironmentVariable)}", _ => Task.FromResult(environmentFix), UseEnvironmentVariableKey));
            }

            if (await RewriteAsync(context.Document, single, useConfiguration: true, context.CancellationToken).ConfigureAwait(false) is { } configurationFix)
            {
                var action = CodeAction.Create($"Read the key from configuration ('{Property(diagnostic, DiagnosticProperties.ConfigurationKey)}')", _ => Task.FromResult(configurationFix), UseConfigurationKey);
                fixes.Insert(configurationFirst ? 0 : fixes.Count, action);
            }

            // The preferred fix first: dotnet format analyzers applies the first one offered.
            foreach (var fix in fixes)
            {
                context.RegisterCodeFix(fix, diagnostic);
            }
        }
    }

    private static Task<Document?> RewriteAsync(Document document, ImmutableArray<Diagnostic> diagnostics, bool useConfiguration, CancellationToken cancellationToken) =>
        EnvironmentVariableRewrite.RewriteAsync(
            document,
            (root, model) => diagnostics.SelectMany(diagnostic => Plan(diagnostic, root, model, useConfiguration, cancellationToken)),
            cancellationToken);

    /// <summary>
    /// The reported constant, and the other constants written to the same variable in this document: once one of them
    /// is read at run time the others are no longer reported, so they are all read the same way at once.
    /// </summary>
    private static IEnumerable<PlannedRead> Plan(Diagnostic diagnostic, SyntaxNode root, SemanticModel model, bool useConfiguration, CancellationToken cancellationToken)
    {
        var span = diagnostic.Location.SourceSpan;
        if (!root.FullSpan.Contains(span) || root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax found
            || found.AncestorsAndSelf().OfType<ExpressionSyntax>().FirstOrDefault(e => e.Span == span) is not { } target)
        {
            return Enumerable.Empty<PlannedRead>();
        }

        var planned = new List<PlannedRead>();
        foreach (var write in ConstantWrites.OfSameVariable(target, root, model, cancellationToken))
        {
            // All or none: a write left as a constant would no longer be reported once the others are read at run time.
            if (Plan(diagnostic, write, model, useConfiguration, cancellationToken) is not { Target: not null } read)
            {
                return Enumerable.Empty<PlannedRead>();
            }

            planned.Add(read);
        }

        return planned;
    }

    private static PlannedRead Plan(Diagnostic diagnostic, ExpressionSyntax target, SemanticModel model, bool useConfiguration, CancellationToken cancellationToken)
    {
        var prefix = Property(diagnostic, DiagnosticProperties.KeyPrefix);
        if (useConfiguration)
        {
            var key = Property(diagnostic, DiagnosticProperties.ConfigurationKey);
            return key is not null && ConfigurationInScope.Find(target, model, cancellationToken) is { } configuration
                ? new PlannedRead(target, () => KeyReadExpression.WithPrefix(prefix, KeyReadExpression.FromConfiguration(configuration, key)))
                : default;
        }

        var variable = Property(diagnostic, DiagnosticProperties.EnvironmentVariable);
        return variable is not null && !SetsVariable(target, variable, model, cancellationToken)
            ? new PlannedRead(target, () => KeyReadExpression.WithPrefix(prefix, KeyReadExpression.Create(variable)))
            : default;
    }

    /// <summary><c>Environment.SetEnvironmentVariable("VAR", "…")</c>: reading VAR there would set it to itself.</summary>
    private static bool SetsVariable(ExpressionSyntax target, string variable, SemanticModel model, CancellationToken cancellationToken) =>
        target.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
        && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { Name: "SetEnvironmentVariable" }
        && invocation.ArgumentList.Arguments.Any(a => a != target.Parent && model.GetConstantValue(a.Expression, cancellationToken) is { HasValue: true, Value: string name } && name == variable);

    private static string? Property(Diagnostic diagnostic, string name) =>
        diagnostic.Properties.TryGetValue(name, out var value) ? value : null;
}
