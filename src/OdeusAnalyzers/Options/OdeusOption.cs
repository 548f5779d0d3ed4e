namespace OdeusAnalyzers;

/// <summary>One <c>.editorconfig</c> option: its key, what a valid value looks like, and what applies instead of a bad one.</summary>
internal sealed class OdeusOption
{
    public OdeusOption(string key, string validShape, string defaultDescription, System.Func<string, bool> isValid)
    {
        Key = key;
        ValidShape = validShape;
        DefaultDescription = defaultDescription;
        IsValid = isValid;
    }

    public string Key { get; }

    public string ValidShape { get; }

    public string DefaultDescription { get; }

    public System.Func<string, bool> IsValid { get; }
}
