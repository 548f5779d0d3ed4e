using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>Where a text names an Odeus API host (<c>api.odeus.ai</c>, or the host of the configured endpoint), as a URL or bare.</summary>
internal static class OdeusApiUrls
{
    public const string DefaultHost = "api.odeus.ai";

    /// <summary><c>api.odeus.ai</c>, and the hosts of <paramref name="endpoints"/>, each once.</summary>
    public static string[] Hosts(params string[] endpoints)
    {
        var hosts = new List<string> { DefaultHost };
        foreach (var endpoint in endpoints)
        {
            if (Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Host.Length > 0
                && !hosts.Exists(host => host.Equals(uri.Host, StringComparison.OrdinalIgnoreCase)))
            {
                hosts.Add(uri.Host);
            }
        }

        return hosts.ToArray();
    }

    /// <summary>
    /// Each place a host is named as a whole host name (not <c>myapi.odeus.ai</c> nor <c>api.odeus.ai.example</c>),
    /// as the span of the URL around it (from its scheme, when one is written, to the first character a URL cannot
    /// hold), with the host as written; in order, each once.
    /// </summary>
    public static List<(TextSpan Span, string Host)> Find(SourceText text, string[] hosts)
    {
        var found = new List<(TextSpan, string)>();
        var positions = TextSearch.FindAny(text, hosts, StringComparison.OrdinalIgnoreCase);
        if (positions is null)
        {
            return found;
        }

        positions.Sort();
        var previousEnd = -1;
        foreach (var position in positions)
        {
            var host = HostAt(text, position, hosts);
            if (host is null || position < previousEnd)
            {
                continue;
            }

            var start = UrlStart(text, position);
            var end = UrlEnd(text, position + host.Length);
            found.Add((TextSpan.FromBounds(start, end), text.ToString(new TextSpan(position, host.Length))));
            previousEnd = end;
        }

        return found;
    }

    /// <summary>The host at <paramref name="position"/> that stands there as a whole host name, if any.</summary>
    private static string? HostAt(SourceText text, int position, string[] hosts)
    {
        if (position > 0 && (IsHostCharacter(text[position - 1]) || text[position - 1] == '.'))
        {
            return null;
        }

        foreach (var host in hosts)
        {
            var end = position + host.Length;
            if (end > text.Length || !Matches(text, position, host))
            {
                continue;
            }

            var continues = end < text.Length
                && (IsHostCharacter(text[end]) || (text[end] == '.' && end + 1 < text.Length && IsHostCharacter(text[end + 1])));
            if (!continues)
            {
                return host;
            }
        }

        return null;
    }

    private static bool Matches(SourceText text, int position, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.ToLowerInvariant(text[position + i]) != char.ToLowerInvariant(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Back over <c>//</c> and a scheme (<c>https:</c>, <c>wss:</c>) written before the host.</summary>
    private static int UrlStart(SourceText text, int host)
    {
        if (host < 2 || text[host - 1] != '/' || text[host - 2] != '/')
        {
            return host;
        }

        var slashes = host - 2;
        if (slashes < 1 || text[slashes - 1] != ':')
        {
            return slashes;
        }

        var scheme = slashes - 1;
        while (scheme > 0 && char.IsLetter(text[scheme - 1]))
        {
            scheme--;
        }

        return scheme < slashes - 1 ? scheme : slashes;
    }

    /// <summary>Up to a quote, a space, a bracket or another character that ends a URL in code or markup.</summary>
    private static int UrlEnd(SourceText text, int end)
    {
        while (end < text.Length && !EndsUrl(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool EndsUrl(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\'' or '`' or '<' or '>' or '(' or ')' or '[' or ']' or '{' or '}' or ',' or ';' or '\\' or '|' or '^';

    private static bool IsHostCharacter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_';
}
