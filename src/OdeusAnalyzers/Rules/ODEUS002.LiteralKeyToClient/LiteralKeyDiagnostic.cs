using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OdeusAnalyzers;

/// <summary>Builds an ODEUS002 diagnostic: the masked value, the client, and the variable and configuration key the fixes read.</summary>
internal static class LiteralKeyDiagnostic
{
    private const int ShownCharacters = 4;

    public static Diagnostic Create(KeyOrigin origin, string key, KeySink sink, ClientUse use, System.Collections.Generic.IEnumerable<Location> clientLocations, AnalyzerOptions options, bool runsInBrowser)
    {
        var tree = origin.Expression.SyntaxTree;
        var provider = use.Endpoint == EndpointKind.Odeus || key.StartsWith(KeyScanner.Prefix, System.StringComparison.Ordinal) ? KeyProviders.Odeus
            : use.Family == ClientFamily.AzureOpenAI ? KeyProviders.AzureOpenAI
            : KeyProviders.OpenAI;
        var namesVariable = LooksLikeVariableName(key);
        var variable = namesVariable ? key.Trim() : VariableFor(provider, options, tree);
        var configurationKey = OdeusOptions.ConfigurationKey.Configured(options, tree, out _)
            ?? (provider == KeyProviders.Odeus ? OdeusOptions.DefaultOdeusConfigurationKey : OdeusOptions.DefaultOpenAIConfigurationKey);

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(DiagnosticProperties.EnvironmentVariable, variable);
        properties.Add(DiagnosticProperties.ConfigurationKey, configurationKey);
        properties.Add(DiagnosticProperties.Provider, provider);
        if (runsInBrowser)
        {
            properties.Add(DiagnosticProperties.RunsInBrowser, "true");
        }
        if (sink.KeyPrefix.Length > 0)
        {
            properties.Add(DiagnosticProperties.KeyPrefix, sink.KeyPrefix);
        }

        return Diagnostic.Create(
            Descriptors.LiteralKeyToClient,
            origin.Expression.GetLocation(),
            clientLocations,
            properties.ToImmutable(),
            namesVariable ? $"'{variable}' (a variable's name)" : $"The literal API key '{Mask(key)}'",
            use.ParameterName,
            use.InMessage,
            runsInBrowser ? "move the call to the backend" : namesVariable ? "read that environment variable instead" : $"read it from the {variable} environment variable");
    }

    /// <summary>At most the first four characters: enough to find the value, never the secret.</summary>
    public static string Mask(string value) =>
        value.Length <= ShownCharacters ? value : value.Substring(0, ShownCharacters) + "\u2026";

    /// <summary>
    /// <c>OPENAI_API_KEY</c>: upper case, digits and underscores, naming a key. The author meant to read that variable;
    /// not so for <c>BAD_KEY</c>, which declares itself fake.
    /// </summary>
    public static bool LooksLikeVariableName(string value)
    {
        var name = value.Trim();
        if (!OdeusOptions.IsVariableName(name) || name.IndexOf("KEY", System.StringComparison.Ordinal) < 0 || DeclaredFakes.IsDeclaredFake(name))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is >= 'a' and <= 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static string VariableFor(string provider, AnalyzerOptions options, SyntaxTree tree) => provider switch
    {
        KeyProviders.Odeus => OdeusOptions.EnvironmentVariable.Value(options, tree),
        KeyProviders.AzureOpenAI => OdeusOptions.AzureOpenAIEnvironmentVariable.Value(options, tree),
        _ => OdeusOptions.OpenAIEnvironmentVariable.Value(options, tree),
    };
}
