using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>
/// ODEUS004: in a Blazor WebAssembly project, an AI client built, an API key read, or an Odeus key written: all of it
/// runs in the user's browser. One finding per site: a read or key in a client's arguments is part of the client's.
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
            if (!BrowserHosting.RunsInBrowser(start.Options))
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
                var model = new Lazy<SemanticModel>(() => SemanticModels.Of(compilation, tree.Tree));
                var clients = census is not null && census.Clients.Takes(SinkKind.Sdk) ? FindClients(tree, census, model) : new List<BrowserFinding>();
                foreach (var finding in FindReads(tree, reads, model).Concat(FindKeys(tree)))
                {
                    if (InnermostClientAround(clients, finding.Location.SourceSpan) is { } client)
                    {
                        client.Absorb(finding);
                    }
                    else
                    {
                        tree.ReportDiagnostic(finding.ToDiagnostic());
                    }
                }

                foreach (var client in clients)
                {
                    tree.ReportDiagnostic(client.ToDiagnostic());
                }
            });
        });
    }

    private static List<BrowserFinding> FindClients(SyntaxTreeAnalysisContext context, ClientCensus census, Lazy<SemanticModel> model)
    {
        var clients = new List<BrowserFinding>();
        foreach (var (node, family) in census.Candidates(context.Tree, context.CancellationToken))
        {
            if (family != SinkKind.Sdk || node is AssignmentExpressionSyntax)
            {
                continue;
            }

            var operation = model.Value.GetOperation(node, context.CancellationToken);
            var method = operation switch
            {
                IObjectCreationOperation creation => creation.Constructor,
                IInvocationOperation invocation => invocation.TargetMethod,
                _ => null,
            };
            if (method is not null && census.Clients.BuildsClient(method))
            {
                var what = method.MethodKind == MethodKind.Constructor
                    ? $"'{KnownClients.ClientName(method)}' is built"
                    : $"'{KnownClients.ClientName(method)}' runs";
                clients.Add(new BrowserFinding(node.GetLocation(), what, ClientEndpoint.Of(operation!) == EndpointKind.Odeus, ArgumentsOf(node)));
            }
        }

        return clients;
    }

    /// <summary>From the argument list to the end of an object initializer; for a call, its argument list (not the receiver).</summary>
    private static TextSpan? ArgumentsOf(SyntaxNode node) => node switch
    {
        BaseObjectCreationExpressionSyntax creation when ((SyntaxNode?)creation.ArgumentList ?? creation.Initializer) is { } first => TextSpan.FromBounds(first.SpanStart, creation.Span.End),
        InvocationExpressionSyntax invocation => invocation.ArgumentList.Span,
        _ => null,
    };

    private static BrowserFinding? InnermostClientAround(List<BrowserFinding> clients, TextSpan span)
    {
        BrowserFinding? innermost = null;
        foreach (var client in clients)
        {
            if (client.Arguments is { } arguments && arguments.Contains(span) && (innermost is null || innermost.Arguments!.Value.Contains(arguments)))
            {
                innermost = client;
            }
        }

        return innermost;
    }

    /// <summary>Reads of a key variable or configuration key, found where the text names one.</summary>
    private static List<BrowserFinding> FindReads(SyntaxTreeAnalysisContext context, FrameworkReads reads, Lazy<SemanticModel> model)
    {
        var found = new List<BrowserFinding>();
        var options = context.Options;
        var tree = context.Tree;
        var variables = KeyVariables(options, tree);
        var keys = ConfigurationKeys(options, tree);
        var text = tree.GetText(context.CancellationToken);
        var positions = new List<int>();
        positions.AddRange(TextSearch.FindAny(text, variables.ToArray()) ?? new List<int>());
        positions.AddRange(TextSearch.FindAny(text, keys, StringComparison.OrdinalIgnoreCase) ?? new List<int>());
        if (positions.Count == 0)
        {
            return found;
        }

        var odeusVariables = new[] { OdeusOptions.EnvironmentVariable.Value(options, tree), OdeusOptions.DefaultEnvironmentVariable };
        var odeusKeys = new[] { OdeusOptions.ConfigurationKey.Value(options, tree), OdeusOptions.DefaultOdeusConfigurationKey };
        var root = tree.GetRoot(context.CancellationToken);
        var seen = new HashSet<SyntaxNode>();
        foreach (var position in positions)
        {
            var read = root.FindToken(position).Parent?.FirstAncestorOrSelf<SyntaxNode>(n => n is InvocationExpressionSyntax or ElementAccessExpressionSyntax);
            if (read is null || !seen.Add(read) || model.Value.GetOperation(read, context.CancellationToken) is not { } operation)
            {
                continue;
            }

            if (operation is IInvocationOperation invocation && reads.EnvironmentVariableRead(invocation) is { } name && variables.Contains(name))
            {
                found.Add(new BrowserFinding(read.GetLocation(), $"the key is read from {name}", Array.IndexOf(odeusVariables, name) >= 0));
            }
            else if (operation is IPropertyReferenceOperation reference && reads.ConfigurationRead(reference) is { } key && Array.Exists(keys, k => SameConfigurationKey(k, key)))
            {
                found.Add(new BrowserFinding(read.GetLocation(), $"the key is read from configuration '{key}'", Array.Exists(odeusKeys, k => SameConfigurationKey(k, key))));
            }
        }

        return found;
    }

    private static bool SameConfigurationKey(string configured, string read) => string.Equals(configured, read, StringComparison.OrdinalIgnoreCase);

    private static string[] ConfigurationKeys(AnalyzerOptions options, SyntaxTree tree) => new[]
    {
        OdeusOptions.ConfigurationKey.Value(options, tree),
        OdeusOptions.DefaultOdeusConfigurationKey,
        OdeusOptions.DefaultOpenAIConfigurationKey,
    };

    private static List<BrowserFinding> FindKeys(SyntaxTreeAnalysisContext context)
    {
        var found = new List<BrowserFinding>();
        var positions = PrefixIndex.Get(context.Tree, context.CancellationToken).PrefixPositions;
        if (positions is null)
        {
            return found;
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
                found.Add(new BrowserFinding(Location.Create(context.Tree, span), $"Odeus API key '{mask}' is written", isOdeus: true));
            }
        }

        return found;
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
