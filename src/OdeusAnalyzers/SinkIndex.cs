using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>
/// Every constant in the compilation that reaches a known client, by the file it is written in. Built once per
/// compilation, from the sink candidates of each file: only those nodes, and what they name, are bound.
/// </summary>
internal sealed class SinkIndex
{
    private readonly Dictionary<SyntaxTree, List<KeyHome>> _homes = new();

    private SinkIndex()
    {
    }

    public IReadOnlyList<KeyHome> HomesIn(SyntaxTree tree) =>
        _homes.TryGetValue(tree, out var homes) ? homes : (IReadOnlyList<KeyHome>)System.Array.Empty<KeyHome>();

    public static SinkIndex Build(Compilation compilation, KnownClients clients, CancellationToken cancellationToken)
    {
        var index = new SinkIndex();
        var byLocation = new Dictionary<(SyntaxTree, TextSpan), KeyHome>();
        var origins = new KeyOrigins(compilation);
        var traced = new List<KeyOrigin>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var candidates = SinkCandidates.Get(tree, cancellationToken);
            if (!candidates.Any(candidate => clients.Takes(candidate.Family)))
            {
                continue;
            }

#pragma warning disable RS1030 // Only the candidate nodes of this file are bound, not the whole file.
            var model = compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            foreach (var (node, family) in candidates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!clients.Takes(family) || Match(model.GetOperation(node, cancellationToken), clients) is not { } sink || ClientUse.Find(sink, clients) is not { } use)
                {
                    continue;
                }

                traced.Clear();
                if (!origins.TryTrace(sink.KeyValue, traced, cancellationToken))
                {
                    continue;
                }

                foreach (var origin in traced)
                {
                    if (KeyIn(origin.Value, sink.KeyPrefix) is not { } key)
                    {
                        continue;
                    }

                    var location = (origin.Expression.SyntaxTree, origin.Expression.Span);
                    if (!byLocation.TryGetValue(location, out var home))
                    {
                        byLocation.Add(location, home = new KeyHome(origin, key));
                        if (!index._homes.TryGetValue(location.SyntaxTree, out var homes))
                        {
                            index._homes.Add(location.SyntaxTree, homes = new List<KeyHome>());
                        }

                        homes.Add(home);
                    }

                    home.Clients.Add((sink, use));
                }
            }
        }

        return index;
    }

    private static KeySink? Match(IOperation? operation, KnownClients clients) => operation switch
    {
        IObjectCreationOperation { Constructor: { } constructor } creation => clients.Match(creation, constructor, creation.Arguments),
        IInvocationOperation invocation => clients.Match(invocation, invocation.TargetMethod, invocation.Arguments),
        ISimpleAssignmentOperation assignment => clients.Match(assignment),
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
}
