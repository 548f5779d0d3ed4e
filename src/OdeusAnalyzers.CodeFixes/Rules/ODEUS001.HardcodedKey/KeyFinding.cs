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

    public static KeyFinding From(Diagnostic diagnostic) => new(diagnostic.Location.SourceSpan, diagnostic.Properties);

    public KeyFinding MovedTo(TextSpan span) => new(span, Properties);
}
