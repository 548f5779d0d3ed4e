using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OdeusAnalyzers;

/// <summary>
/// ODEUS004: in a Blazor WebAssembly project, an AI client built, an API key read, or an Odeus key written: all of it
/// runs in the user's browser.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BrowserHostedKeyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.BrowserHostedKey);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Razor components compile to generated code, and run in the browser all the same.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            if (!RunsInBrowser(start.Options))
            {
                return;
            }

            // Syntax-tree actions that bind only what a text search points at, as ODEUS002 does: an operation action
            // would bind every method body of every file on every keystroke.
            var compilation = start.Compilation;
            var census = ClientCensus.Of(compilation);
            var reads = FrameworkReads.Of(compilation);
            start.RegisterSyntaxTreeAction(tree =>
            {
                var model = new System.Lazy<SemanticModel>(() => SemanticModels.Of(compilation, tree.Tree));
                if (census is not null && census.Clients.Takes(SinkKind.Sdk))
                {
                    ReportClients(tree, census, model);
                }

                ReportReads(tree, reads, model);
                ReportKeys(tree);
            });
        });
    }

    private static void ReportClients(SyntaxTreeAnalysisContext context, ClientCensus census, System.Lazy<SemanticModel> model)
    {
        var clients = census.Clients;
        foreach (var (node, family) in census.Candidates(context.Tree, context.CancellationToken))
        {
            if (family != SinkKind.Sdk || node is AssignmentExpressionSyntax)
            {
                continue;
            }

            var method = model.Value.GetSymbolInfo(node, context.CancellationToken).Symbol as IMethodSymbol;
            if (method is not null && clients.BuildsClient(method))
            {
                var what = method.MethodKind == MethodKind.Constructor
                    ? $"'{KnownClients.ClientName(method)}' is built"
                    : $"an AI client is registered with '{KnownClients.ClientName(method)}'";
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.BrowserHostedKey, node.GetLocation(), what));
            }
        }
    }

    /// <summary>Reads of a key variable or configuration key, found where the text names one.</summary>
    private static void ReportReads(SyntaxTreeAnalysisContext context, FrameworkReads reads, System.Lazy<SemanticModel> model)
    {
        var variables = KeyVariables(context.Options, context.Tree);
        var keys = ConfigurationKeys(context.Options, context.Tree);
        var text = context.Tree.GetText(context.CancellationToken);
        var positions = new List<int>();
        positions.AddRange(TextSearch.FindAny(text, variables.ToArray()) ?? new List<int>());
        positions.AddRange(TextSearch.FindAny(text, keys, StringComparison.OrdinalIgnoreCase) ?? new List<int>());
        if (positions.Count == 0)
        {
            return;
        }

        var root = context.Tree.GetRoot(context.CancellationToken);
        var seen = new HashSet<SyntaxNode>();
        foreach (var position in positions)
        {
            var read = root.FindToken(position).Parent?.FirstAncestorOrSelf<SyntaxNode>(n => n is InvocationExpressionSyntax or ElementAccessExpressionSyntax);
            if (read is null || !seen.Add(read) || model.Value.GetOperation(read, context.CancellationToken) is not { } operation)
            {
                continue;
            }

            var what = operation switch
            {
                IInvocationOperation invocation when reads.EnvironmentVariableRead(invocation) is { } name && variables.Contains(name) => $"the API key is read from {name}",
                IPropertyReferenceOperation reference when reads.ConfigurationRead(reference) is { } key && Array.Exists(keys, k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
                    => $"the API key is read from configuration '{key}'",
                _ => null,
            };
            if (what is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.BrowserHostedKey, read.GetLocation(), what));
            }
        }
    }

    /// <summary>The SDK's Blazor WebAssembly property, or the browser runtime identifier, reach the analyzers through the package's props.</summary>
    private static bool RunsInBrowser(AnalyzerOptions options)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        return (global.TryGetValue("build_property.UsingMicrosoftNETSdkBlazorWebAssembly", out var blazor) && blazor.Trim().Equals("true", StringComparison.OrdinalIgnoreCase))
            || (global.TryGetValue("build_property.RuntimeIdentifier", out var runtime) && runtime.Trim().Equals("browser-wasm", StringComparison.OrdinalIgnoreCase));
    }

    private static string[] ConfigurationKeys(AnalyzerOptions options, SyntaxTree tree) => new[]
    {
        OdeusOptions.ConfigurationKey.Value(options, tree),
        OdeusOptions.DefaultOdeusConfigurationKey,
        OdeusOptions.DefaultOpenAIConfigurationKey,
    };

    private static void ReportKeys(SyntaxTreeAnalysisContext context)
    {
        var positions = PrefixIndex.Get(context.Tree, context.CancellationToken).PrefixPositions;
        if (positions is null)
        {
            return;
        }

        var root = context.Tree.GetRoot(context.CancellationToken);
        var seen = new HashSet<SyntaxToken>();
        foreach (var position in positions)
        {
            var token = root.FindToken(position);
            if (!(StringTokenKeys.IsLiteral(token) || StringTokenKeys.IsInterpolatedText(token)) || !seen.Add(token))
            {
                continue;
            }

            var value = token.ValueText;
            foreach (var key in StringTokenKeys.Find(token))
            {
                var span = key.SourceSpan ?? token.Span;
                var mask = KeyScanner.Mask(value, key.ValueSpan);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.BrowserHostedKey, Location.Create(context.Tree, span), $"Odeus API key '{mask}' is written"));
            }
        }
    }

    private static HashSet<string> KeyVariables(AnalyzerOptions options, SyntaxTree tree) => new(StringComparer.Ordinal)
    {
        OdeusOptions.EnvironmentVariable.Value(options, tree),
        OdeusOptions.OpenAIEnvironmentVariable.Value(options, tree),
        OdeusOptions.AzureOpenAIEnvironmentVariable.Value(options, tree),
        OdeusOptions.DefaultEnvironmentVariable,
        OdeusOptions.DefaultOpenAIEnvironmentVariable,
        OdeusOptions.DefaultAzureOpenAIEnvironmentVariable,
    };
}
