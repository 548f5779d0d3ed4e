namespace OdeusAnalyzers;

/// <summary>Which provider's key a client takes, which decides the variable the fix reads.</summary>
internal enum ClientFamily
{
    OpenAI,
    AzureOpenAI,
}
