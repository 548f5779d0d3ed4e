using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OdeusAnalyzers.Benchmarks;

/// <summary>A set of analyzers measured together, and the rule IDs it is limited to.</summary>
internal sealed record AnalyzerGroup(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers, ImmutableArray<string> RuleIds, bool IsPeer = false)
{
    public static AnalyzerGroup Odeus()
    {
        var analyzers = typeof(HardcodedKeyAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        return new AnalyzerGroup("OdeusAnalyzers", analyzers, analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().ToImmutableArray());
    }

    /// <summary>SonarAnalyzer.CSharp's hard-coded credentials (S2068) and secrets (S6418) rules.</summary>
    public static AnalyzerGroup Sonar() => FromPackage("SonarAnalyzer.CSharp 9.32", Path.Combine("peers", "sonar", "SonarAnalyzer.CSharp.dll"), "S2068", "S6418");

    /// <summary>SecurityCodeScan's hard-coded password rule (SCS0015).</summary>
    public static AnalyzerGroup SecurityCodeScan() => FromPackage("SecurityCodeScan.VS2019 5.6.7", Path.Combine("peers", "scs", "SecurityCodeScan.VS2019.dll"), "SCS0015");

    /// <summary>An analyzer that registers one empty action: what the analyzer driver costs by itself.</summary>
    public static AnalyzerGroup Baseline() => new("driver baseline (empty analyzer)", ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer()), ImmutableArray<string>.Empty);

    private static AnalyzerGroup FromPackage(string name, string relativePath, params string[] ruleIds)
    {
        var path = Path.Combine(AppContext.BaseDirectory, relativePath);
        var reference = new AnalyzerFileReference(path, PeerAssemblyLoader.Instance);
        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp)
            .Where(a => a.SupportedDiagnostics.Any(d => ruleIds.Contains(d.Id)))
            .ToImmutableArray();
        if (analyzers.IsEmpty)
        {
            throw new InvalidOperationException($"{name}: no analyzer for {string.Join(", ", ruleIds)} in {path}");
        }

        return new AnalyzerGroup(name, analyzers, ruleIds.ToImmutableArray(), IsPeer: true);
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EmptyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("BENCH000", "Empty", "Empty", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxTreeAction(_ => { });
        }
    }

    /// <summary>Loads a peer's analyzer assembly and the dependencies that sit beside it.</summary>
    private sealed class PeerAssemblyLoader : IAnalyzerAssemblyLoader
    {
        public static readonly PeerAssemblyLoader Instance = new();

        private readonly HashSet<string> _folders = new(StringComparer.Ordinal);

        private PeerAssemblyLoader() => AssemblyLoadContext.Default.Resolving += Resolve;

        public void AddDependencyLocation(string fullPath)
        {
            lock (_folders)
            {
                _folders.Add(Path.GetDirectoryName(fullPath)!);
            }
        }

        public Assembly LoadFromPath(string fullPath)
        {
            AddDependencyLocation(fullPath);
            return AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
        }

        private Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
        {
            lock (_folders)
            {
                foreach (var folder in _folders)
                {
                    var candidate = Path.Combine(folder, name.Name + ".dll");
                    if (File.Exists(candidate))
                    {
                        return context.LoadFromAssemblyPath(candidate);
                    }
                }
            }

            return null;
        }
    }
}
