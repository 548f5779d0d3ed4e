using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>An ODEUS001 diagnostic reduced to what the fixes need, so that it can be moved after an earlier edit.</summary>
internal readonly struct KeyFinding
{
    public KeyFinding(TextSpan span, ImmutableDictionary<string, string?> properties)
    {
        Span = span;
        Properties = properties;
    }

    public TextSpan Span { get; }

    public ImmutableDictionary<string, string?> Properties { get; }

    public string Placement => Properties.TryGetValue(DiagnosticProperties.Placement, out var placement) && placement is not null ? placement : KeyPlacements.Other;

    public string Variable =>
        Properties.TryGetValue(DiagnosticProperties.EnvironmentVariable, out var name) && name is not null ? name : OdeusOptions.DefaultEnvironmentVariable;

    public bool IsInCode => Placement is KeyPlacements.Literal or KeyPlacements.InterpolatedText or KeyPlacements.ConstantExpression;

    public bool IsInComment => Placement == KeyPlacements.Comment;

    /// <summary>In a project that runs in the browser, where no environment variable is private: the key is only redacted.</summary>
    public bool RunsInBrowser => DiagnosticProperties.IsSet(Properties, DiagnosticProperties.RunsInBrowser);

    /// <summary>Whether the key is rewritten to a read of <see cref="Variable"/>.</summary>
    public bool IsRead => IsInCode && !RunsInBrowser;

    /// <summary>
    /// Whether the key is replaced by <c>sk-ld-***</c>: in a comment, or in the browser when the diagnostic marks the key
    /// as written inside a string (not the whole literal of a key with escape sequences, nor a concatenation), where the
    /// redacted text is a string that compiles.
    /// </summary>
    public bool IsRedacted(SourceText text) =>
        IsInComment
        || (RunsInBrowser
            && Placement is KeyPlacements.Literal or KeyPlacements.InterpolatedText
            && Span.End <= text.Length && text.ToString(Span).StartsWith(KeyScanner.Prefix, System.StringComparison.Ordinal));

    public static KeyFinding From(Diagnostic diagnostic) => new(diagnostic.Location.SourceSpan, diagnostic.Properties);

    public KeyFinding MovedTo(TextSpan span) => new(span, Properties);
}
