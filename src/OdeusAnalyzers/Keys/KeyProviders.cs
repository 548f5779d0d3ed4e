namespace OdeusAnalyzers;

/// <summary>The providers whose keys ODEUS002 tells apart.</summary>
internal static class KeyProviders
{
    public const string Odeus = nameof(Odeus);
    public const string OpenAI = nameof(OpenAI);
    public const string AzureOpenAI = nameof(AzureOpenAI);
}
