using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>
/// The AI clients of one compilation, found once and shared by every rule: the sink table resolved against its
/// references, each file's candidates (text search, then syntax), which of them may pass a constant where a key
/// goes (syntax, then the files' member declarations), and, bound only for those, the constants that reach a key.
/// </summary>
internal sealed class ClientCensus
{
    private const int MaximumFollowDepth = 8;

    private static readonly ConditionalWeakTable<Compilation, ClientCensus?> s_census = new();

    /// <summary>What most files hold: shared, never added to.</summary>
    private static readonly List<CandidateSite> NoSites = new();

    private static readonly List<KeyConstant> NoConstants = new();

    private readonly Compilation _compilation;
    private readonly KeyOrigins _origins;
    private readonly NameDeclarations _declarations;
    private readonly HttpClientRegistrations _registrations;
    private readonly ConcurrentDictionary<SyntaxTree, List<CandidateSite>> _kept = new();
    private readonly ConcurrentDictionary<SyntaxTree, List<SinkFlow>> _flows = new();
    private OriginIndex? _originIndex;
    private OriginNameSet? _originNames;

    private ClientCensus(Compilation compilation, KnownClients clients)
    {
        _compilation = compilation;
        Clients = clients;
        MemberWrites = new MemberWrites(compilation);
        _origins = new KeyOrigins(compilation, MemberWrites);
        _declarations = new NameDeclarations(compilation);
        _registrations = new HttpClientRegistrations(compilation);
    }

    public KnownClients Clients { get; }

    /// <summary>The values written to private or internal fields and auto-properties, found on demand: shared by the key and endpoint tracing.</summary>
    public MemberWrites MemberWrites { get; }

    /// <summary>The census of <paramref name="compilation"/>, or null when it references no type that takes a key.</summary>
    public static ClientCensus? Of(Compilation compilation) =>
        s_census.GetValue(compilation, static c =>
        {
            var started = CensusStatistics.Start();
            var census = KnownClients.Create(c) is { } clients ? new ClientCensus(c, clients) : null;
            CensusStatistics.Stop(ref CensusStatistics.CensusTicks, started);
            return census;
        });

    /// <summary>Whether <paramref name="tree"/> has a candidate of <paramref name="family"/>, when this compilation has that kind of sink.</summary>
    public bool HasCandidates(SyntaxTree tree, SinkKind family, CancellationToken cancellationToken) =>
        Clients.Takes(family) && SinkCandidates.All(tree, Clients.Positions, cancellationToken).Exists(candidate => candidate.Family == family);

    /// <summary>Every candidate of <paramref name="tree"/> for a kind of sink this compilation has, whatever it passes.</summary>
    public IEnumerable<(SyntaxNode Node, SinkKind Family)> Candidates(SyntaxTree tree, CancellationToken cancellationToken) =>
        SinkCandidates.All(tree, Clients.Positions, cancellationToken).Where(candidate => Clients.Takes(candidate.Family));

    /// <summary>The constants written in <paramref name="tree"/> that reach clients, in source order, each with its clients in compilation order.</summary>
    public IReadOnlyList<KeyConstant> KeyConstantsIn(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var hasOwnClients = Kept(tree, cancellationToken).Count > 0;

        // Other files' clients are looked at only when this file declares or assigns a name they read (from the
        // files' member declarations): most files hold no origin for another, and then no other file is bound.
        var mayHoldOrigins = MayHoldOrigins(tree, cancellationToken);
        if (!hasOwnClients && !mayHoldOrigins)
        {
            return NoConstants;
        }

        var sources = new SortedDictionary<int, SyntaxTree>();
        if (mayHoldOrigins)
        {
            var index = Origins(cancellationToken);
            if (hasOwnClients)
            {
                sources[index.Ordinals[tree]] = tree;
            }

            foreach (var client in index.ClientsOf(tree, cancellationToken))
            {
                sources[index.Ordinals[client]] = client;
            }
        }
        else if (hasOwnClients)
        {
            sources[0] = tree;
        }

        var constants = new Dictionary<TextSpan, KeyConstant>();
        foreach (var source in sources.Values)
        {
            foreach (var flow in FlowsOf(source, cancellationToken))
            {
                if (flow.Origin.Expression.SyntaxTree != tree)
                {
                    continue;
                }

                if (!constants.TryGetValue(flow.Origin.Expression.Span, out var constant))
                {
                    constants.Add(flow.Origin.Expression.Span, constant = new KeyConstant(flow.Origin, flow.Key));
                }

                constant.Clients.Add((flow.Sink, flow.Use));
            }
        }

        return constants.Values.OrderBy(constant => constant.Origin.Expression.SpanStart).ToList();
    }

    /// <summary>
    /// The candidates of <paramref name="tree"/> that may pass a constant where some overload of the member they
    /// are written with takes a key: only these are ever bound to look for one.
    /// </summary>
    private List<CandidateSite> Kept(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (_kept.TryGetValue(tree, out var known))
        {
            return known;
        }

        List<CandidateSite>? kept = null;
        foreach (var site in SinkCandidates.Sites(tree, Clients.Positions, cancellationToken))
        {
            if (Admits(site) && AnyMayBeConstant(KeyValues(site), tree, cancellationToken)
                && !ClientEndpoint.IsLoopbackInSyntax(site.Node, site.IsCredential))
            {
                (kept ??= new List<CandidateSite>()).Add(site);
                CensusStatistics.OnKept?.Invoke(site.Node);
            }
        }

        Interlocked.Add(ref CensusStatistics.CandidatesKept, kept?.Count ?? 0);
        return _kept.GetOrAdd(tree, kept ?? NoSites);
    }

    /// <summary>
    /// A site of a kind of sink this compilation has. A header is a candidate only in a file that mentions an AI host
    /// (<see cref="SinkCandidates"/>), since only a request visibly sent to one makes its key an AI key
    /// (<see cref="HeaderDestination"/>).
    /// </summary>
    private bool Admits(CandidateSite site) => Clients.Takes(site.Family);

    /// <summary>
    /// The values a site passes where a key may go: by the name it is written with, the argument's position or name;
    /// for a target-typed <c>new(…)</c>, by the client types the file names.
    /// </summary>
    private IReadOnlyList<CandidateValue> KeyValues(CandidateSite site)
    {
        if (site.KeyValues is { } known)
        {
            return known;
        }

        var positions = Clients.Positions;
        List<CandidateValue>? values = null;
        if (site.CalledName is not { } called || positions.PassesGuard(called, site.FirstArgument))
        {
            var constructed = site.CalledName is null && site.Node is ImplicitObjectCreationExpressionSyntax ? site.TypesInFile : null;
            foreach (var value in site.Values)
            {
                var name = value.SetsProperty ? value.ParameterName ?? site.CalledName : site.CalledName;
                var parameterName = value.SetsProperty ? null : value.ParameterName;
                if (name is not null ? positions.MayTakeKeyAt(name, value.Position, parameterName)
                    : constructed is not null && !value.SetsProperty && AnyTakesKeyAt(constructed, value.Position, parameterName))
                {
                    (values ??= new List<CandidateValue>()).Add(value);
                }
            }
        }

        return site.KeyValues = (IReadOnlyList<CandidateValue>?)values ?? System.Array.Empty<CandidateValue>();
    }

    private bool AnyTakesKeyAt(IReadOnlyCollection<string> types, int position, string? parameterName)
    {
        foreach (var type in types)
        {
            if (Clients.Positions.MayTakeKeyAt(type, position, parameterName))
            {
                return true;
            }
        }

        return false;
    }

    private bool AnyMayBeConstant(IReadOnlyList<CandidateValue> values, SyntaxTree tree, CancellationToken cancellationToken)
    {
        foreach (var value in values)
        {
            if (MayBeConstant(value.Verdict, tree, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private bool MayBeConstant(ConstantVerdict verdict, SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (verdict.IsMaybe)
        {
            return true;
        }

        foreach (var name in verdict.Names ?? System.Array.Empty<string>())
        {
            if (_declarations.MayHoldConstant(name, tree, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="tree"/> declares, or names, a field or property that a candidate of any file may pass
    /// as a key, directly or through the initializers of other fields: syntax only, nothing bound.
    /// </summary>
    private bool MayHoldOrigins(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var names = OriginNames(cancellationToken);
        if (names.Held.Count == 0)
        {
            return false;
        }

        foreach (var name in names.Held)
        {
            if (TextSearch.Mentions(tree, name, cancellationToken) && DeclaredValues.Named(tree, name, cancellationToken) is { } declared
                && declared.Exists(value => value.IsConst || value.IsFollowed))
            {
                return true;
            }
        }

        // An assignment to such a member from this file: `Settings.Key = "…";`. Only internal members can be.
        if (names.Writable.Length > 0 && TextSearch.FindAny(tree.GetText(cancellationToken), names.Writable) is { } positions)
        {
            var root = tree.GetRoot(cancellationToken);
            foreach (var position in positions)
            {
                var token = root.FindToken(position);
                if (token.SpanStart == position && token.Parent is IdentifierNameSyntax name
                    && (name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : (ExpressionSyntax)name) is var target
                    && target.Parent is AssignmentExpressionSyntax assignment && assignment.Left == target
                    && System.Array.IndexOf(names.Writable, token.ValueText) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The names read where a key may go by any candidate of the compilation that some file declares as something
    /// that can hold a constant, closed over what those declarations are initialized with; and the internal ones among
    /// them, which any file may assign. Syntax and the sink table only; once per compilation.
    /// </summary>
    private OriginNameSet OriginNames(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _originNames) is { } known)
        {
            return known;
        }

        var pending = new Queue<string>();
        foreach (var tree in _compilation.SyntaxTrees)
        {
            foreach (var site in SinkCandidates.Sites(tree, Clients.Positions, cancellationToken))
            {
                if (Admits(site))
                {
                    site.KeyReadNames ??= KeyValues(site).SelectMany(value => value.Verdict.Names ?? System.Array.Empty<string>()).Distinct().ToArray();
                    foreach (var name in site.KeyReadNames)
                    {
                        pending.Enqueue(name);
                    }
                }
            }
        }

        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var held = new HashSet<string>(System.StringComparer.Ordinal);
        var writable = new List<string>();
        while (pending.Count > 0)
        {
            var name = pending.Dequeue();
            if (!seen.Add(name) || _declarations.Holders(name, cancellationToken) is not { } holders)
            {
                continue;
            }

            held.Add(name);
            if (System.Array.Exists(holders, holder => holder.IsFollowed && !holder.IsPrivate))
            {
                writable.Add(name);
            }

            foreach (var read in holders.SelectMany(holder => holder.InitializerNames))
            {
                pending.Enqueue(read);
            }
        }

        Interlocked.CompareExchange(ref _originNames, new OriginNameSet(held, writable.ToArray()), null);
        return _originNames!;
    }

    /// <summary>Which files declare or may assign the names that the kept candidates of other files read. Once per compilation.</summary>
    private OriginIndex Origins(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _originIndex) is { } known)
        {
            return known;
        }

        var started = CensusStatistics.Start();
        var index = new OriginIndex();
        var ordinal = 0;
        foreach (var tree in _compilation.SyntaxTrees)
        {
            var kept = Kept(tree, cancellationToken);
            if (kept.Count > 0)
            {
                index.Ordinals.Add(tree, ordinal);
                var visited = new HashSet<string>(System.StringComparer.Ordinal);
                foreach (var site in kept)
                {
                    foreach (var value in KeyValues(site))
                    {
                        foreach (var name in value.Verdict.Names ?? System.Array.Empty<string>())
                        {
                            Follow(name, tree, index, visited, 0, cancellationToken);
                        }
                    }
                }
            }

            ordinal++;
        }

        index.WritableNames = index.ByWritableName.Keys.ToArray();
        CensusStatistics.Stop(ref CensusStatistics.FollowTicks, started);
        Volatile.Write(ref _originIndex, index);
        return index;
    }

    /// <summary>Records the files that declare <paramref name="name"/> (and what its declarations are initialized with) as origins for <paramref name="client"/>.</summary>
    private void Follow(string name, SyntaxTree client, OriginIndex index, HashSet<string> visited, int depth, CancellationToken cancellationToken)
    {
        if (depth > MaximumFollowDepth || !visited.Add(name) || _declarations.Holders(name, cancellationToken) is not { } holders)
        {
            return;
        }

        Interlocked.Increment(ref CensusStatistics.NamesFollowed);
        foreach (var holder in holders)
        {
            index.Add(index.ByDeclaringTree, holder.Tree, client);
            if (holder.IsFollowed && !holder.IsPrivate)
            {
                index.Add(index.ByWritableName, name, client);
            }

            foreach (var read in holder.InitializerNames)
            {
                Follow(read, client, index, visited, depth + 1, cancellationToken);
            }
        }
    }

    private List<SinkFlow> FlowsOf(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (_flows.TryGetValue(tree, out var known))
        {
            return known;
        }

        var flows = new List<SinkFlow>();
        var kept = Kept(tree, cancellationToken);
        if (kept.Count > 0)
        {
            var started = CensusStatistics.Start();
            var model = SemanticModels.Of(_compilation, tree);
            foreach (var member in kept.GroupBy(site => (object?)MemberSlice.Pool(site.Node) ?? site.Node))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var sites = member.Select(site => site.Node).ToList();
                var followsDeclared = new HashSet<SyntaxNode>(member.Where(FollowsDeclared).Select(site => site.Node));
                // A header's destination may be set on a parameter or field anywhere in its member (`http.BaseAddress = …`),
                // which a slice, following locals only, would leave out: a member with a header is bound whole.
                var slice = member.Key is MemberSlice.StatementPool && !member.Any(site => site.Family == SinkKind.Http) ? MemberSlice.TryCreate(model, sites, followsDeclared.Contains, cancellationToken) : null;
                Interlocked.Increment(ref slice is null ? ref CensusStatistics.MembersBound : ref CensusStatistics.SlicesBound);
                foreach (var site in sites)
                {
                    Interlocked.Increment(ref CensusStatistics.CandidatesBound);
                    CensusStatistics.OnBound?.Invoke(site, slice is not null);
                    var node = slice is null ? site : slice.CopyOf(site);
                    if (node is not null)
                    {
                        AddFlows(node, slice?.Model ?? model, slice, flows, cancellationToken);
                    }
                }
            }

            CensusStatistics.Stop(ref CensusStatistics.BindTicks, started);
        }

        return _flows.GetOrAdd(tree, flows);
    }

    /// <summary>A credential, or a key set on an options object: the local it is put in leads to the client.</summary>
    private static bool FollowsDeclared(CandidateSite site) =>
        site.IsCredential || site.Node is AssignmentExpressionSyntax or ImplicitObjectCreationExpressionSyntax;

    /// <summary>The constants that <paramref name="node"/> passes to a key, if it is a sink, with their syntax mapped back from a slice.</summary>
    private void AddFlows(SyntaxNode node, SemanticModel model, MemberSlice? slice, List<SinkFlow> flows, CancellationToken cancellationToken)
    {
        if (!Clients.MayTakeKey(CalledOrAssigned(node, model, cancellationToken))
            || Match(model.GetOperation(node, cancellationToken)) is not { } sink || ClientUse.Find(sink, Clients, _registrations, cancellationToken) is not { } use)
        {
            return;
        }

        var traced = new List<KeyOrigin>();
        if (!_origins.TryTrace(sink.KeyValue, traced, cancellationToken))
        {
            return;
        }

        if (slice is not null)
        {
            use = use.WithLocations(use.Locations.Select(slice.ToOriginal).ToList());
        }

        foreach (var origin in traced)
        {
            if (KeyIn(origin.Value, sink.KeyPrefix) is { } key)
            {
                var expression = slice is null ? origin.Expression : slice.ToOriginal(origin.Expression);
                flows.Add(new SinkFlow(new KeyOrigin(expression, origin.Value), key, sink, use));
            }
        }
    }

    private static ISymbol? CalledOrAssigned(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken) =>
        node is AssignmentExpressionSyntax assignment
            ? model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol
            : model.GetSymbolInfo(node, cancellationToken).Symbol;

    private KeySink? Match(IOperation? operation) => operation switch
    {
        IObjectCreationOperation { Constructor: { } constructor } creation => Clients.Match(creation, constructor, creation.Arguments),
        IInvocationOperation invocation => Clients.Match(invocation, invocation.TargetMethod, invocation.Arguments),
        ISimpleAssignmentOperation assignment => Clients.Match(assignment),
        _ => null,
    };

    /// <summary>
    /// The key within a constant: all of it, or what follows the prefix the sink expects; null when there is none to
    /// report (empty, whitespace, null, a value that declares itself fake), or when it has the Odeus key shape, which
    /// ODEUS001 reports.
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

        return string.IsNullOrWhiteSpace(value) || DeclaredFakes.IsDeclaredFake(value) ? null : value;
    }

    /// <summary>The names a constant for another file's client may be held under, and the ones any file may assign.</summary>
    private sealed class OriginNameSet
    {
        public OriginNameSet(HashSet<string> held, string[] writable)
        {
            Held = held;
            Writable = writable;
        }

        public HashSet<string> Held { get; }

        public string[] Writable { get; }
    }

    /// <summary>For each file, the files whose kept candidates may read a constant it declares or assigns.</summary>
    private sealed class OriginIndex
    {
        public Dictionary<SyntaxTree, int> Ordinals { get; } = new();

        public Dictionary<SyntaxTree, HashSet<SyntaxTree>> ByDeclaringTree { get; } = new();

        public Dictionary<string, HashSet<SyntaxTree>> ByWritableName { get; } = new(System.StringComparer.Ordinal);

        public string[] WritableNames { get; set; } = System.Array.Empty<string>();

        public void Add<TKey>(Dictionary<TKey, HashSet<SyntaxTree>> map, TKey key, SyntaxTree client)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var clients))
            {
                map.Add(key, clients = new HashSet<SyntaxTree>());
            }

            clients.Add(client);
        }

        /// <summary>The client files for which <paramref name="tree"/> may hold an origin: it declares a name they read, or names one that any file may assign.</summary>
        public IEnumerable<SyntaxTree> ClientsOf(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var clients = ByDeclaringTree.TryGetValue(tree, out var declared) ? new HashSet<SyntaxTree>(declared) : new HashSet<SyntaxTree>();
            if (WritableNames.Length > 0 && TextSearch.FindAny(tree.GetText(cancellationToken), WritableNames) is { } positions)
            {
                var root = tree.GetRoot(cancellationToken);
                foreach (var position in positions)
                {
                    var token = root.FindToken(position);
                    if (token.SpanStart == position && token.IsKind(SyntaxKind.IdentifierToken) && ByWritableName.TryGetValue(token.ValueText, out var readers))
                    {
                        clients.UnionWith(readers);
                    }
                }
            }

            clients.Remove(tree);
            return clients.Where(Ordinals.ContainsKey);
        }
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
