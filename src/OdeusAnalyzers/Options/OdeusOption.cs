using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OdeusAnalyzers;

/// <summary>
/// One <c>.editorconfig</c> option: its key, what a valid value looks like, and the default that applies when it is
/// missing or invalid (a bad value is reported by ODEUS000).
/// </summary>
internal sealed class OdeusOption
{
    public OdeusOption(string key, string validShape, string defaultValue, string defaultDescription, System.Func<string, bool> isValid)
    {
        Key = key;
        ValidShape = validShape;
        Default = defaultValue;
        DefaultDescription = defaultDescription;
        IsValid = isValid;
    }

    public string Key { get; }

    public string ValidShape { get; }

    public string Default { get; }

    public string DefaultDescription { get; }

    public System.Func<string, bool> IsValid { get; }

    /// <summary>The value that applies in <paramref name="tree"/>: the configured one, or the default when it is missing or invalid.</summary>
    public string Value(AnalyzerOptions options, SyntaxTree tree) => Configured(options, tree, out _) ?? Default;

    /// <summary>The value that applies to the additional file <paramref name="file"/>, as for a tree.</summary>
    public string Value(AnalyzerOptions options, AdditionalText file) => Configured(options.AnalyzerConfigOptionsProvider.GetOptions(file), out _) ?? Default;

    /// <summary>The configured value, trimmed, or null when it is missing or invalid (then <paramref name="invalidValue"/> says which).</summary>
    public string? Configured(AnalyzerOptions options, SyntaxTree tree, out string? invalidValue) =>
        Configured(options.AnalyzerConfigOptionsProvider.GetOptions(tree), out invalidValue);

    private string? Configured(AnalyzerConfigOptions options, out string? invalidValue)
    {
        invalidValue = null;
        if (!options.TryGetValue(Key, out var value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (IsValid(trimmed))
        {
            return trimmed;
        }

        invalidValue = value;
        return null;
    }
}
