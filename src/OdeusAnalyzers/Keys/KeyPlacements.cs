namespace OdeusAnalyzers;

/// <summary>The kinds of place a key can live in a C# file; each decides which fix applies.</summary>
internal static class KeyPlacements
{
    /// <summary>A string literal token of any form: regular, verbatim, raw, UTF-8.</summary>
    public const string Literal = nameof(Literal);

    /// <summary>A text part of an interpolated string.</summary>
    public const string InterpolatedText = nameof(InterpolatedText);

    /// <summary>A constant expression built from several parts, such as a concatenation.</summary>
    public const string ConstantExpression = nameof(ConstantExpression);

    /// <summary>A comment, an XML doc comment, disabled code or the text of a preprocessor directive.</summary>
    public const string Comment = nameof(Comment);

    /// <summary>Anywhere else, such as broken code.</summary>
    public const string Other = nameof(Other);
}
