using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers;

/// <summary>A constant that reaches a key sink, and the expression it is written in: the secret's home, where it is reported and fixed.</summary>
internal readonly struct KeyOrigin
{
    public KeyOrigin(SyntaxNode expression, string? value)
    {
        Expression = expression;
        Value = value;
    }

    public SyntaxNode Expression { get; }

    public string? Value { get; }
}
