using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OdeusAnalyzers;

/// <summary>
/// Where a file's text names an Odeus key (the key prefix, the Odeus variable or configuration key, as the options
/// write them), and the fields and properties it declares with one in their initializer or getter: the members that
/// may hold an Odeus key for a client in any file. Text and member declarations only; once per tree and set of names.
/// </summary>
internal sealed class OdeusKeyMentions
{
    /// <summary>In ODEUS_API_KEY and Odeus:ApiKey alike, ignoring case.</summary>
    private static readonly string[] OdeusWord = { "odeus" };

    private static readonly OdeusKeyMentions None = new(null, Array.Empty<string>());

    /// <summary>Per tree, the mentions for the last set of configured names asked (one set, unless .editorconfig changes).</summary>
    private static readonly ConditionalWeakTable<SyntaxTree, Tuple<string, OdeusKeyMentions>> s_byTree = new();
    private static readonly ConditionalWeakTable<Compilation, string[]> s_holdersByCompilation = new();

    private OdeusKeyMentions(List<int>? positions, string[] holders)
    {
        Positions = positions;
        Holders = holders;
    }

    /// <summary>Where the file names an Odeus key, in no particular order; null when it names none.</summary>
    public List<int>? Positions { get; }

    /// <summary>The names of the fields and properties the file declares with an Odeus key in their initializer or getter.</summary>
    public string[] Holders { get; }

    public static OdeusKeyMentions Of(SyntaxTree tree, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        // The configured names that do not hold "odeus" are searched as they are; they key the cache, since an edit
        // of .editorconfig changes them without changing the tree.
        var configured = new[]
        {
            OdeusOptions.EnvironmentVariable.Value(options, tree),
            OdeusOptions.ConfigurationKey.Value(options, tree),
        };
        var others = Array.FindAll(configured, name => name.IndexOf(OdeusWord[0], StringComparison.OrdinalIgnoreCase) < 0);
        var key = others.Length == 0 ? string.Empty : string.Join("\n", others);
        if (s_byTree.TryGetValue(tree, out var known) && known.Item1 == key)
        {
            return known.Item2;
        }

        var mentions = Find(tree, others, cancellationToken);
        s_byTree.Remove(tree);
        return s_byTree.GetValue(tree, _ => Tuple.Create(key, mentions)).Item2;
    }

    /// <summary>The names of every field and property of the compilation declared with an Odeus key in their initializer or getter; once per compilation.</summary>
    public static string[] HoldersIn(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        if (s_holdersByCompilation.TryGetValue(compilation, out var known))
        {
            return known;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            names.UnionWith(Of(tree, options, cancellationToken).Holders);
        }

        var holders = new string[names.Count];
        names.CopyTo(holders);
        return s_holdersByCompilation.GetValue(compilation, _ => holders);
    }

    private static OdeusKeyMentions Find(SyntaxTree tree, string[] otherNames, CancellationToken cancellationToken)
    {
        // The key prefix's places come from the text scan ODEUS001 makes of every file anyway; the default variable
        // and configuration key both hold "odeus" in some case, so one search finds them.
        var text = tree.GetText(cancellationToken);
        var prefixes = PrefixIndex.Get(tree, cancellationToken).PrefixPositions;
        var positions = prefixes is null ? null : new List<int>(prefixes);
        foreach (var position in TextSearch.FindAny(text, OdeusWord, StringComparison.OrdinalIgnoreCase) ?? Enumerable.Empty<int>())
        {
            if (!IsInHostName(text, position))
            {
                (positions ??= new List<int>()).Add(position);
            }
        }

        if (otherNames.Length > 0 && TextSearch.FindAny(text, otherNames) is { } others)
        {
            (positions ??= new List<int>()).AddRange(others);
        }

        if (positions is null)
        {
            return None;
        }

        // The fields and properties whose initializer or getter holds a mention: found upwards from each mention.
        var root = tree.GetRoot(cancellationToken);
        var holders = new List<string>();
        foreach (var position in positions)
        {
            if (DeclaredValues.Holding(tree, root, position) is { } holder && !holders.Contains(holder.Name))
            {
                holders.Add(holder.Name);
            }
        }

        return new OdeusKeyMentions(positions, holders.ToArray());
    }

    /// <summary><c>api.odeus.ai</c> names an endpoint, not a key: a field holding that URL holds no key.</summary>
    private static bool IsInHostName(Microsoft.CodeAnalysis.Text.SourceText text, int position) =>
        (position > 0 && text[position - 1] == '.') || (position + OdeusWord[0].Length < text.Length && text[position + OdeusWord[0].Length] == '.');
}
