using System.Collections.Immutable;

namespace OdeusAnalyzers;

/// <summary>The package's <c>.editorconfig</c> options.</summary>
internal static class OdeusOptions
{
    public const string DefaultEnvironmentVariable = "ODEUS_API_KEY";
    public const string DefaultOpenAIEnvironmentVariable = "OPENAI_API_KEY";
    public const string DefaultAzureOpenAIEnvironmentVariable = "AZURE_OPENAI_API_KEY";
    public const string DefaultOdeusConfigurationKey = "Odeus:ApiKey";
    public const string DefaultOpenAIConfigurationKey = "OpenAI:ApiKey";

    public static readonly OdeusOption EnvironmentVariable = new(
        "odeus.environment_variable", "a valid environment variable name", DefaultEnvironmentVariable, $"'{DefaultEnvironmentVariable}'", IsVariableName);

    public static readonly OdeusOption OpenAIEnvironmentVariable = new(
        "odeus.openai_environment_variable", "a valid environment variable name", DefaultOpenAIEnvironmentVariable, $"'{DefaultOpenAIEnvironmentVariable}'", IsVariableName);

    public static readonly OdeusOption AzureOpenAIEnvironmentVariable = new(
        "odeus.azure_openai_environment_variable", "a valid environment variable name", DefaultAzureOpenAIEnvironmentVariable, $"'{DefaultAzureOpenAIEnvironmentVariable}'", IsVariableName);

    public static readonly OdeusOption ConfigurationKey = new(
        "odeus.configuration_key",
        "a configuration key (sections separated by single ':')",
        DefaultOdeusConfigurationKey,
        $"'{DefaultOdeusConfigurationKey}' (or '{DefaultOpenAIConfigurationKey}' for other providers' clients)",
        IsConfigurationKey);

    public const string DefaultEndpoint = "https://api.odeus.ai/openai/eu/v1";

    public static readonly OdeusOption Endpoint = new(
        "odeus.endpoint", "an https:// URL on an Odeus host (odeus.ai or a subdomain)", DefaultEndpoint, $"'{DefaultEndpoint}'", IsOdeusEndpoint);

    public const string EnvironmentVariableFix = "environment_variable";
    public const string ConfigurationFix = "configuration";

    /// <summary>Which of the fixes that read the key is offered first, so that <c>dotnet format analyzers</c> applies it.</summary>
    public static readonly OdeusOption PreferredFix = new(
        "odeus.preferred_fix", $"'{EnvironmentVariableFix}' or '{ConfigurationFix}'", EnvironmentVariableFix, $"'{EnvironmentVariableFix}'",
        value => value is EnvironmentVariableFix or ConfigurationFix);

    public static readonly ImmutableArray<OdeusOption> All =
        ImmutableArray.Create(EnvironmentVariable, OpenAIEnvironmentVariable, AzureOpenAIEnvironmentVariable, ConfigurationKey, Endpoint, PreferredFix);

    /// <summary>An absolute https:// URL whose host is odeus.ai or one of its subdomains.</summary>
    public static bool IsOdeusEndpoint(string url) =>
        System.Uri.TryCreate(url, System.UriKind.Absolute, out var uri)
        && uri.Scheme == "https"
        && ClientEndpoint.Classify(url) == EndpointKind.Odeus;

    public static bool IsVariableName(string name)
    {
        if (name.Length == 0 || !(IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(IsAsciiLetter(c) || c is (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>Section:Key</c>: no empty section, no control characters.</summary>
    public static bool IsConfigurationKey(string key)
    {
        if (key.Length == 0 || key[0] == ':' || key[key.Length - 1] == ':' || key.Contains("::"))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
