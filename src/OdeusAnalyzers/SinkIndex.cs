using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>
/// The constants of a compilation that reach known clients, found per file on demand: a file's own clients, and the
/// clients of the files that use a name the file declares or assigns. Each file's clients are bound once per
/// compilation, and only their candidate nodes and what those name.
/// </summary>
internal sealed class SinkIndex
{
    private readonly Compilation _compilation;
    private readonly KnownClients _clients;
    private readonly KeyOrigins _origins;
    private readonly ConcurrentDictionary<SyntaxTree, List<SinkFlow>> _flows = new();
    private ClientFileIndex? _clientFiles;

    public SinkIndex(Compilation compilation, KnownClients clients)
    {
        _compilation = compilation;
        _clients = clients;
        _origins = new KeyOrigins(compilation);
    }

    /// <summary>The constants written in <paramref name="tree"/> that reach clients, in source order, each with its clients in compilation order.</summary>
    public List<KeyHome> HomesIn(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var clientFiles = ClientFiles(cancellationToken);
        var sources = new SortedDictionary<int, SyntaxTree>();
        if (clientFiles.Ordinals.TryGetValue(tree, out var own))
        {
            sources[own] = tree;
        }

        if (clientFiles.Names.Length > 0 && ConstantHolders.Declared(tree, clientFiles.Names, cancellationToken) is { } declared)
        {
            foreach (var name in declared)
            {
                // The text search matches the start of longer names too; only whole names count.
                if (!clientFiles.ByName.TryGetValue(name, out var others))
                {
                    continue;
                }

                foreach (var (ordinal, other) in others)
                {
                    sources[ordinal] = other;
                }
            }
        }

        var homes = new Dictionary<TextSpan, KeyHome>();
        foreach (var source in sources.Values)
        {
            foreach (var flow in FlowsOf(source, cancellationToken))
            {
                if (flow.Origin.Expression.SyntaxTree != tree)
                {
                    continue;
                }

                if (!homes.TryGetValue(flow.Origin.Expression.Span, out var home))
                {
                    homes.Add(flow.Origin.Expression.Span, home = new KeyHome(flow.Origin, flow.Key));
                }

                home.Clients.Add((flow.Sink, flow.Use));
            }
        }

        return homes.Values.OrderBy(home => home.Origin.Expression.SpanStart).ToList();
    }

    /// <summary>The files that may build clients, by compilation order and by the names they use there. Once per compilation.</summary>
    private ClientFileIndex ClientFiles(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _clientFiles) is { } known)
        {
            return known;
        }

        var index = new ClientFileIndex();
        var ordinal = 0;
        foreach (var tree in _compilation.SyntaxTrees)
        {
            if (Candidates(tree, cancellationToken, out var candidates))
            {
                index.Ordinals.Add(tree, ordinal);
                foreach (var name in SinkNames.Get(tree, candidates))
                {
                    if (!index.ByName.TryGetValue(name, out var trees))
                    {
                        index.ByName.Add(name, trees = new List<(int, SyntaxTree)>());
                    }

                    trees.Add((ordinal, tree));
                }
            }

            ordinal++;
        }

        index.Names = index.ByName.Keys.ToArray();
        Volatile.Write(ref _clientFiles, index);
        return index;
    }

    private bool Candidates(SyntaxTree tree, CancellationToken cancellationToken, out List<(SyntaxNode Node, SinkFamily Family)> candidates)
    {
        candidates = SinkCandidates.Get(tree, cancellationToken);
        foreach (var candidate in candidates)
        {
            if (_clients.Takes(candidate.Family))
            {
                return true;
            }
        }

        return false;
    }

    private List<SinkFlow> FlowsOf(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (_flows.TryGetValue(tree, out var known))
        {
            return known;
        }

        var flows = new List<SinkFlow>();
        if (Candidates(tree, cancellationToken, out var candidates))
        {
#pragma warning disable RS1030 // Only the candidate nodes of this file are bound, not the whole file.
            var model = _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            var traced = new List<KeyOrigin>();
            foreach (var (node, family) in candidates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!_clients.Takes(family) || !_clients.MayTakeKey(CalledOrAssigned(node, model, cancellationToken))
                    || Match(model.GetOperation(node, cancellationToken)) is not { } sink || ClientUse.Find(sink, _clients) is not { } use)
                {
                    continue;
                }

                traced.Clear();
                if (!_origins.TryTrace(sink.KeyValue, traced, cancellationToken))
                {
                    continue;
                }

                foreach (var origin in traced)
                {
                    if (KeyIn(origin.Value, sink.KeyPrefix) is { } key)
                    {
                        flows.Add(new SinkFlow(origin, key, sink, use));
                    }
                }
            }
        }

        return _flows.GetOrAdd(tree, flows);
    }

    private static ISymbol? CalledOrAssigned(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken) =>
        node is Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax assignment
            ? model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol
            : model.GetSymbolInfo(node, cancellationToken).Symbol;

    private KeySink? Match(IOperation? operation) => operation switch
    {
        IObjectCreationOperation { Constructor: { } constructor } creation => _clients.Match(creation, constructor, creation.Arguments),
        IInvocationOperation invocation => _clients.Match(invocation, invocation.TargetMethod, invocation.Arguments),
        ISimpleAssignmentOperation assignment => _clients.Match(assignment),
        _ => null,
    };

    /// <summary>
    /// The key within a constant: all of it, or what follows the prefix the sink expects; null when there is none to
    /// report (empty, whitespace, null), or when it has the Odeus key shape, which ODEUS001 reports.
    /// </summary>
    private static string? KeyIn(string? value, string prefix)
    {
        if (value is null || KeyScanner.TryFindKey(value, 0, value.Length, out _))
        {
            return null;
        }

        if (prefix.Length > 0)
        {
            if (!value.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            value = value.Substring(prefix.Length);
        }

        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private sealed class ClientFileIndex
    {
        public Dictionary<SyntaxTree, int> Ordinals { get; } = new();

        public Dictionary<string, List<(int Ordinal, SyntaxTree Tree)>> ByName { get; } = new(System.StringComparer.Ordinal);

        public string[] Names { get; set; } = System.Array.Empty<string>();
    }

    private sealed class SinkFlow
    {
        public SinkFlow(KeyOrigin origin, string key, KeySink sink, ClientUse use)
        {
            Origin = origin;
            Key = key;
            Sink = sink;
            Use = use;
        }

        public KeyOrigin Origin { get; }

        public string Key { get; }

        public KeySink Sink { get; }

        public ClientUse Use { get; }
    }
}
