using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

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
        "odeus.environment_variable", "a valid environment variable name", $"'{DefaultEnvironmentVariable}'", IsVariableName);

    public static readonly OdeusOption OpenAIEnvironmentVariable = new(
        "odeus.openai_environment_variable", "a valid environment variable name", $"'{DefaultOpenAIEnvironmentVariable}'", IsVariableName);

    public static readonly OdeusOption AzureOpenAIEnvironmentVariable = new(
        "odeus.azure_openai_environment_variable", "a valid environment variable name", $"'{DefaultAzureOpenAIEnvironmentVariable}'", IsVariableName);

    public static readonly OdeusOption ConfigurationKey = new(
        "odeus.configuration_key",
        "a configuration key (sections separated by single ':')",
        $"'{DefaultOdeusConfigurationKey}' (or '{DefaultOpenAIConfigurationKey}' for other providers' clients)",
        IsConfigurationKey);

    public const string DefaultEndpoint = "https://api.odeus.ai/openai/eu/v1";

    public static readonly OdeusOption Endpoint = new(
        "odeus.endpoint", "an https:// URL on an Odeus host (odeus.ai or a subdomain)", $"'{DefaultEndpoint}'", IsOdeusEndpoint);

    public static readonly ImmutableArray<OdeusOption> All =
        ImmutableArray.Create(EnvironmentVariable, OpenAIEnvironmentVariable, AzureOpenAIEnvironmentVariable, ConfigurationKey, Endpoint);

    /// <summary>An absolute https:// URL whose host is odeus.ai or one of its subdomains.</summary>
    public static bool IsOdeusEndpoint(string url) =>
        System.Uri.TryCreate(url, System.UriKind.Absolute, out var uri)
        && uri.Scheme == "https"
        && ClientEndpoint.Classify(url) == EndpointKind.Odeus;

    /// <summary>The variable the fix reads for Odeus keys in <paramref name="tree"/>: the option's value, or the default when it is missing or invalid.</summary>
    public static string GetEnvironmentVariable(AnalyzerOptions options, SyntaxTree tree, out string? invalidValue) =>
        Get(options, tree, EnvironmentVariable, out invalidValue) ?? DefaultEnvironmentVariable;

    /// <summary>The option's trimmed value, or null when it is missing or invalid (then <paramref name="invalidValue"/> says which).</summary>
    public static string? Get(AnalyzerOptions options, SyntaxTree tree, OdeusOption option, out string? invalidValue)
    {
        invalidValue = null;
        if (!options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(option.Key, out var value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (option.IsValid(trimmed))
        {
            return trimmed;
        }

        invalidValue = value;
        return null;
    }

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
