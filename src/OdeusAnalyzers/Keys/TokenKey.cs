using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

internal readonly struct TokenKey
{
    public TokenKey(KeySpan valueSpan, TextSpan? sourceSpan)
    {
        ValueSpan = valueSpan;
        SourceSpan = sourceSpan;
    }

    /// <summary>Where the key stands in the token's value.</summary>
    public KeySpan ValueSpan { get; }

    /// <summary>Where the key stands in the file, when it is written there as is.</summary>
    public TextSpan? SourceSpan { get; }
}
