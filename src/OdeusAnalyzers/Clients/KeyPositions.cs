using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers;

/// <summary>
/// For each name a call can be written with (a client type for its constructors, a method, a key property), the
/// argument positions and parameter names where some overload takes a key, read from the SDKs' metadata through the
/// sink table. It only lets a call be skipped before binding: a report still rests on the resolved symbol.
/// </summary>
internal sealed class KeyPositions
{
    /// <summary>Per SDK assembly and row, computed once and shared by every compilation that references that assembly.</summary>
    private static readonly ConditionalWeakTable<IAssemblySymbol, Dictionary<SinkRow, Dictionary<string, Entry>>> s_byAssembly = new();

    /// <summary>
    /// One instance per set of SDK assemblies, so that compilations with the same references (every edit in the IDE)
    /// share it, and the per-file searches made for it stay valid. Keyed on the first assembly of the set; the list
    /// is short (one entry per distinct set that starts with it).
    /// </summary>
    private static readonly ConditionalWeakTable<IAssemblySymbol, List<((SinkRow, IAssemblySymbol)[] Resolved, KeyPositions Positions)>> s_bySdks = new();

    private readonly Dictionary<string, Entry> _byName = new(System.StringComparer.Ordinal);

    /// <summary>Each name's length, first and last character: most identifiers the text search meets are ruled out before a string is made of them.</summary>
    private readonly HashSet<long> _shapes = new();

    private KeyPositions()
    {
    }

    /// <summary>
    /// The words that find the resolved rows' calls in identifiers, matched with case: a project that references one
    /// SDK searches its files for that SDK's words only.
    /// </summary>
    public string[] IdentifierWords { get; private set; } = System.Array.Empty<string>();

    /// <summary>Whether a resolved row is found by a header name written in a string (<c>"Authorization"</c>).</summary>
    public bool SearchesHeaders { get; private set; }

    /// <summary>The shortest and longest names, for a cheap check before a word found in text is looked up.</summary>
    public int ShortestName { get; private set; } = int.MaxValue;

    public int LongestName { get; private set; }

    /// <summary>The names of the rows resolved in a compilation: each row's assembly as <paramref name="assemblies"/> found it.</summary>
    public static KeyPositions Create(IReadOnlyList<(SinkRow Row, IAssemblySymbol Assembly)> assemblies)
    {
        if (assemblies.Count == 0)
        {
            return new KeyPositions();
        }

        var sets = s_bySdks.GetValue(assemblies[0].Assembly, _ => new List<((SinkRow, IAssemblySymbol)[], KeyPositions)>());
        lock (sets)
        {
            foreach (var (resolved, known) in sets)
            {
                if (resolved.Length == assemblies.Count && resolved.Select((pair, i) => pair.Item1 == assemblies[i].Row && SymbolEqualityComparer.Default.Equals(pair.Item2, assemblies[i].Assembly)).All(same => same))
                {
                    return known;
                }
            }
        }

        var positions = new KeyPositions();
        foreach (var (row, assembly) in assemblies)
        {
            var rows = s_byAssembly.GetValue(assembly, _ => new Dictionary<SinkRow, Dictionary<string, Entry>>());
            Dictionary<string, Entry> entries;
            lock (rows)
            {
                if (!rows.TryGetValue(row, out entries!))
                {
                    rows.Add(row, entries = Read(row, assembly));
                }
            }

            foreach (var pair in entries)
            {
                positions.EntryFor(pair.Key).Add(pair.Value);
                positions._shapes.Add(Shape(pair.Key.Length, pair.Key[0], pair.Key[pair.Key.Length - 1]));
                positions.ShortestName = System.Math.Min(positions.ShortestName, pair.Key.Length);
                positions.LongestName = System.Math.Max(positions.LongestName, pair.Key.Length);
            }
        }

        positions.IdentifierWords = assemblies.Where(pair => pair.Row.SearchWords != SinkTable.HeaderWords).SelectMany(pair => pair.Row.SearchWords).Distinct().ToArray();
        positions.SearchesHeaders = assemblies.Any(pair => pair.Row.SearchWords == SinkTable.HeaderWords);
        lock (sets)
        {
            sets.Add((assemblies.ToArray(), positions));
        }

        return positions;
    }

    /// <summary>Whether the identifier from <paramref name="start"/> to <paramref name="end"/> in <paramref name="text"/> may be one of the names, before its text is copied to ask.</summary>
    public bool MayBeName(Microsoft.CodeAnalysis.Text.SourceText text, int start, int end) =>
        end - start >= ShortestName && end - start <= LongestName && _shapes.Contains(Shape(end - start, text[start], text[end - 1]));

    private static long Shape(int length, char first, char last) => ((long)length << 32) | ((long)first << 16) | last;

    /// <summary>
    /// What a member written <paramref name="name"/> is, when some SDK member of that name takes a key or a
    /// credential: the kind of sink; otherwise null.
    /// </summary>
    public SinkKind? FamilyOf(string name) => _byName.TryGetValue(name, out var entry) ? entry.Family : null;

    /// <summary>Whether the argument at <paramref name="position"/> (or named <paramref name="parameterName"/>) of a call written <paramref name="name"/> may be a key.</summary>
    public bool MayTakeKeyAt(string name, int position, string? parameterName)
    {
        if (!_byName.TryGetValue(name, out var entry))
        {
            return false;
        }

        return parameterName is not null ? entry.Names.Contains(parameterName) : entry.AtPosition(position);
    }

    /// <summary>Whether <paramref name="name"/> is a type whose constructor takes a key.</summary>
    public bool IsConstructed(string name) => _byName.TryGetValue(name, out var entry) && entry.IsConstructor;

    /// <summary>
    /// Whether a call written <paramref name="name"/> whose first argument is the literal <paramref name="firstArgument"/>
    /// (null when it is no literal) may still be a sink: a header name, scheme or variable name that says no key goes there rules it out.
    /// </summary>
    public bool PassesGuard(string name, string? firstArgument) =>
        !_byName.TryGetValue(name, out var entry) || entry.PassesGuard(firstArgument);

    private Entry EntryFor(string name)
    {
        if (!_byName.TryGetValue(name, out var entry))
        {
            _byName.Add(name, entry = new Entry());
        }

        return entry;
    }

    private static Dictionary<string, Entry> Read(SinkRow row, IAssemblySymbol assembly)
    {
        var entries = new Dictionary<string, Entry>(System.StringComparer.Ordinal);
        var types = row.Type is null ? PublicTypes(assembly.GlobalNamespace) : new[] { assembly.GetTypeByMetadataName(row.Type) }.OfType<INamedTypeSymbol>();
        foreach (var type in types)
        {
            if (row.IsProperty)
            {
                if (row.KeyParameter is { } property && type.GetMembers(property).OfType<IPropertySymbol>().Any())
                {
                    var entry = Add(entries, property);
                    entry.Add(0, property, row.FirstArgumentWords, isConstructor: false);
                    entry.AddClient(row.Kind, isConstructor: false);
                }

                continue;
            }

            var members = row.Member switch
            {
                null => type.GetMembers().OfType<IMethodSymbol>(),
                ".ctor" => type.InstanceConstructors.AsEnumerable(),
                _ => type.GetMembers(row.Member).OfType<IMethodSymbol>(),
            };
            foreach (var method in members)
            {
                if (method.DeclaredAccessibility != Accessibility.Public || method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor))
                {
                    continue;
                }

                var isConstructor = method.MethodKind == MethodKind.Constructor;
                var name = isConstructor ? type.Name : method.Name;
                foreach (var parameter in method.Parameters)
                {
                    if (row.Kind == SinkKind.Sdk && TakesClientCredential(parameter.Type))
                    {
                        // A client built from a credential or options object: the key is followed from the credential's own row.
                        Add(entries, name).AddClient(row.Kind, isConstructor);
                    }

                    if (parameter.Name != row.KeyParameter || parameter.Type.SpecialType != SpecialType.System_String)
                    {
                        continue;
                    }

                    var entry = Add(entries, name);
                    entry.Add(parameter.Ordinal, parameter.Name, row.FirstArgumentWords, isConstructor);
                    entry.AddClient(row.Kind, isConstructor);

                    // A static factory is written Type.Create(…): the type's name is what the text search finds.
                    if (method.IsStatic && !method.IsExtensionMethod)
                    {
                        Add(entries, type.Name).AddClient(row.Kind, isConstructor: false);
                    }

                    // An extension method called on its receiver takes the key one position earlier.
                    if (method.IsExtensionMethod && parameter.Ordinal > 0)
                    {
                        entry.Add(parameter.Ordinal - 1, parameter.Name, row.FirstArgumentWords, isConstructor);
                    }
                }
            }
        }

        return entries;
    }

    /// <summary>A credential type (<c>ApiKeyCredential</c>, <c>AzureKeyCredential</c>) or Betalgo's options, alone or as a type argument.</summary>
    private static bool TakesClientCredential(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.OriginalDefinition.ToDisplayString() is "System.ClientModel.ApiKeyCredential" or "Azure.AzureKeyCredential" or "Betalgo.Ranul.OpenAI.OpenAIOptions")
            {
                return true;
            }
        }

        return type is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Any(TakesClientCredential);
    }

    private static Entry Add(Dictionary<string, Entry> entries, string name)
    {
        if (!entries.TryGetValue(name, out var entry))
        {
            entries.Add(name, entry = new Entry());
        }

        return entry;
    }

    private static IEnumerable<INamedTypeSymbol> PublicTypes(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                foreach (var type in PublicTypes(inner))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol { DeclaredAccessibility: Accessibility.Public } type)
            {
                yield return type;
                foreach (var nested in type.GetTypeMembers().Where(t => t.DeclaredAccessibility == Accessibility.Public))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>
    /// The positions (a bit each, the last bit for every position past 62) and parameter names of one name, whether
    /// it names a constructor, and the words its first argument must hold when some row guards it.
    /// </summary>
    private sealed class Entry
    {
        private const int LastBit = 63;

        private ulong _positions;
        private bool _unguarded;
        private readonly HashSet<string> _guardWords = new(System.StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Names { get; } = new(System.StringComparer.Ordinal);

        public bool IsConstructor { get; private set; }

        public SinkKind Family { get; private set; } = SinkKind.Sdk;

        public void AddClient(SinkKind family, bool isConstructor)
        {
            Family = family;
            IsConstructor |= isConstructor;
        }

        public bool AtPosition(int position) => (_positions & (1UL << System.Math.Min(position, LastBit))) != 0;

        public bool PassesGuard(string? firstArgument) =>
            _unguarded || firstArgument is null || _guardWords.Any(word => firstArgument.IndexOf(word, System.StringComparison.OrdinalIgnoreCase) >= 0);

        public void Add(int position, string name, string[]? guardWords, bool isConstructor)
        {
            _positions |= 1UL << System.Math.Min(position, LastBit);
            Names.Add(name);
            IsConstructor |= isConstructor;
            if (guardWords is null)
            {
                _unguarded = true;
            }
            else
            {
                _guardWords.UnionWith(guardWords);
            }
        }

        public void Add(Entry other)
        {
            Family = other.Family;
            _positions |= other._positions;
            Names.UnionWith(other.Names);
            IsConstructor |= other.IsConstructor;
            _unguarded |= other._unguarded;
            _guardWords.UnionWith(other._guardWords);
        }
    }
}
