using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
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

            var clients = KnownClients.Create(start.Compilation);
            var environment = start.Compilation.GetTypeByMetadataName("System.Environment");
            var configuration = start.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration");
            if (clients is not null && clients.Takes(SinkFamily.Sdk))
            {
                start.RegisterOperationAction(
                    operation =>
                    {
                        var (method, syntax) = operation.Operation switch
                        {
                            IObjectCreationOperation creation => (creation.Constructor, creation.Syntax),
                            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Syntax),
                            _ => (null, operation.Operation.Syntax),
                        };
                        if (method is not null && clients.BuildsClient(method))
                        {
                            var what = method.MethodKind == MethodKind.Constructor
                                ? $"'{method.ContainingType.ToDisplayString()}' is built"
                                : $"an AI client is registered with '{method.ContainingType.Name}.{method.Name}'";
                            operation.ReportDiagnostic(Diagnostic.Create(Descriptors.BrowserHostedKey, syntax.GetLocation(), what));
                        }
                    },
                    OperationKind.ObjectCreation,
                    OperationKind.Invocation);
            }

            if (environment is not null)
            {
                start.RegisterOperationAction(operation => ReportVariableRead(operation, environment), OperationKind.Invocation);
            }

            if (configuration is not null)
            {
                start.RegisterOperationAction(operation => ReportConfigurationRead(operation, configuration), OperationKind.PropertyReference);
            }

            start.RegisterSyntaxTreeAction(ReportKeys);
        });
    }

    /// <summary>The SDK's Blazor WebAssembly property, or the browser runtime identifier, reach the analyzers through the package's props.</summary>
    private static bool RunsInBrowser(AnalyzerOptions options)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        return (global.TryGetValue("build_property.UsingMicrosoftNETSdkBlazorWebAssembly", out var blazor) && blazor.Trim().Equals("true", StringComparison.OrdinalIgnoreCase))
            || (global.TryGetValue("build_property.RuntimeIdentifier", out var runtime) && runtime.Trim().Equals("browser-wasm", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary><c>Environment.GetEnvironmentVariable("ODEUS_API_KEY")</c>, or the OpenAI or Azure OpenAI variable.</summary>
    private static void ReportVariableRead(OperationAnalysisContext context, INamedTypeSymbol environment)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name != "GetEnvironmentVariable"
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, environment)
            || invocation.Arguments.Length == 0
            || invocation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string name })
        {
            return;
        }

        if (KeyVariables(context.Options, invocation.Syntax.SyntaxTree).Contains(name))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.BrowserHostedKey, invocation.Syntax.GetLocation(), $"the API key is read from {name}"));
        }
    }

    /// <summary><c>configuration["Odeus:ApiKey"]</c>, or the OpenAI key, or the key odeus.configuration_key names.</summary>
    private static void ReportConfigurationRead(OperationAnalysisContext context, INamedTypeSymbol configuration)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        if (reference.Parent is IAssignmentOperation assignment && assignment.Target == reference)
        {
            return;
        }

        if (!reference.Property.IsIndexer || reference.Arguments.Length != 1
            || reference.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string key }
            || !(SymbolEqualityComparer.Default.Equals(reference.Property.ContainingType, configuration)
                || System.Linq.Enumerable.Contains(reference.Property.ContainingType.AllInterfaces, configuration, SymbolEqualityComparer.Default)))
        {
            return;
        }

        var tree = reference.Syntax.SyntaxTree;
        var keys = new[]
        {
            OdeusOptions.Get(context.Options, tree, OdeusOptions.ConfigurationKey, out _) ?? OdeusOptions.DefaultOdeusConfigurationKey,
            OdeusOptions.DefaultOdeusConfigurationKey,
            OdeusOptions.DefaultOpenAIConfigurationKey,
        };
        if (Array.Exists(keys, k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.BrowserHostedKey, reference.Syntax.GetLocation(), $"the API key is read from configuration '{key}'"));
        }
    }

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
        OdeusOptions.GetEnvironmentVariable(options, tree, out _),
        OdeusOptions.Get(options, tree, OdeusOptions.OpenAIEnvironmentVariable, out _) ?? OdeusOptions.DefaultOpenAIEnvironmentVariable,
        OdeusOptions.Get(options, tree, OdeusOptions.AzureOpenAIEnvironmentVariable, out _) ?? OdeusOptions.DefaultAzureOpenAIEnvironmentVariable,
        OdeusOptions.DefaultEnvironmentVariable,
        OdeusOptions.DefaultOpenAIEnvironmentVariable,
        OdeusOptions.DefaultAzureOpenAIEnvironmentVariable,
    };
}
