using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers;

/// <summary>
/// The constants of one compilation that may carry a key's prefix into a concatenation in another file. A key's
/// prefix (<c>"sk-ld-"</c>) is written whole somewhere in source; a concatenation can only complete a key where it
/// uses such a literal, or a constant carrying one (followed from constant to constant).
/// Everything else is skipped without walking or binding, which keeps the rule at the cost of a text search.
/// </summary>
internal sealed class ConcatenationScope
{
    private readonly Compilation _compilation;
    private readonly object _lock = new();
    private HashSet<string>? _carriers;

    public ConcatenationScope(Compilation compilation) => _compilation = compilation;

    /// <summary>Source text (a literal's value, a constant's initializer) that holds a key's prefix.</summary>
    public static bool HoldsPrefixPart(string text) => text.IndexOf(KeyScanner.Prefix, StringComparison.Ordinal) >= 0;

    /// <summary>The names of the constants, visible to other files, whose value may hold a key's prefix.</summary>
    public HashSet<string> Carriers(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _carriers ??= FindCarriers(cancellationToken);
        }
    }

    private HashSet<string> FindCarriers(CancellationToken cancellationToken)
    {
        var carriers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in _compilation.SyntaxTrees)
        {
            if (!PrefixIndex.Get(tree, cancellationToken).MayHoldKeyParts)
            {
                continue;
            }

            foreach (var field in ConstField.In(tree, cancellationToken))
            {
                if (field.IsVisibleToOtherFiles && HoldsPrefixPart(field.Initializer))
                {
                    carriers.Add(field.Name);
                }
            }
        }

        var frontier = new List<string>(carriers);
        while (frontier.Count > 0)
        {
            var next = new List<string>();
            foreach (var tree in _compilation.SyntaxTrees)
            {
                if (!MentionsAny(tree.GetText(cancellationToken).ToString(), frontier))
                {
                    continue;
                }

                foreach (var field in ConstField.In(tree, cancellationToken))
                {
                    if (field.IsVisibleToOtherFiles && !carriers.Contains(field.Name) && field.Identifiers.Overlaps(frontier))
                    {
                        carriers.Add(field.Name);
                        next.Add(field.Name);
                    }
                }
            }

            frontier = next;
        }

        return carriers;
    }

    private static bool MentionsAny(string text, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            foreach (var _ in Mentions(text, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where <paramref name="name"/> stands in <paramref name="text"/> as a whole word.</summary>
    public static IEnumerable<int> Mentions(string text, string name)
    {
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            var end = i + name.Length;
            if ((i == 0 || !TextSearch.IsIdentifierPart(text[i - 1])) && (end == text.Length || !TextSearch.IsIdentifierPart(text[end])))
            {
                yield return i;
            }
        }
    }
}
