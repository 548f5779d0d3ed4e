using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>ODEUS002: a compile-time constant reaches the API-key parameter or property of a known AI client.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LiteralKeyToClientAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.LiteralKeyToClient);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // A client built in generated code (a .razor component) leaks its key just the same.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            if (KnownClients.Create(start.Compilation) is not { } clients)
            {
                return;
            }

            var analysis = new Analysis(start.Compilation, clients);
            if (clients.HasConstructions)
            {
                start.RegisterOperationAction(analysis.AnalyzeCreation, OperationKind.ObjectCreation);
            }

            if (clients.HasCalls)
            {
                start.RegisterOperationAction(analysis.AnalyzeInvocation, OperationKind.Invocation);
            }

            if (clients.HasKeyProperties)
            {
                start.RegisterOperationAction(analysis.AnalyzeAssignment, OperationKind.SimpleAssignment);
            }
        });
    }

    private sealed class Analysis
    {
        private readonly KnownClients _clients;
        private readonly KeyOrigins _origins;

        // A constant shared by several clients is reported once, where it is written.
        private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), bool> _reported = new();

        public Analysis(Compilation compilation, KnownClients clients)
        {
            _clients = clients;
            _origins = new KeyOrigins(compilation);
        }

        public void AnalyzeCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Constructor is { } constructor && _clients.Match(creation, constructor, creation.Arguments) is { } sink)
            {
                Analyze(context, sink);
            }
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (_clients.Match(invocation, invocation.TargetMethod, invocation.Arguments) is { } sink)
            {
                Analyze(context, sink);
            }
        }

        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            if (_clients.Match((ISimpleAssignmentOperation)context.Operation) is { } sink)
            {
                Analyze(context, sink);
            }
        }

        private void Analyze(OperationAnalysisContext context, KeySink sink)
        {
            if (ClientUse.Find(sink, _clients) is not { } use)
            {
                return;
            }

            var origins = new List<KeyOrigin>();
            if (!_origins.TryTrace(sink.KeyValue, origins, context.CancellationToken))
            {
                return;
            }

            foreach (var origin in origins)
            {
                var key = KeyText(origin.Value, sink.KeyPrefix);
                if (key is null || string.IsNullOrWhiteSpace(key) || KeyScanner.TryFindKey(origin.Value!, 0, origin.Value!.Length, out _)
                    || !_reported.TryAdd((origin.Expression.SyntaxTree, origin.Expression.Span), true))
                {
                    continue;
                }

                context.ReportDiagnostic(LiteralKeyDiagnostic.Create(origin, key, sink, use, context.Options));
            }
        }

        /// <summary>The key within the constant: all of it, or what follows the prefix the sink expects.</summary>
        private static string? KeyText(string? value, string prefix)
        {
            if (value is null || prefix.Length == 0)
            {
                return value;
            }

            return value.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase) ? value.Substring(prefix.Length) : null;
        }
    }
}
