namespace OdeusAnalyzers;

/// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> shared by the analyzers and the fixes. Never a secret.</summary>
internal static class DiagnosticProperties
{
    /// <summary>Where the key was found: one of <see cref="KeyPlacements"/>.</summary>
    public const string Placement = nameof(Placement);

    /// <summary>The environment variable the fix reads.</summary>
    public const string EnvironmentVariable = nameof(EnvironmentVariable);

    /// <summary>ODEUS002: the configuration key the "Read the key from configuration" fix reads.</summary>
    public const string ConfigurationKey = nameof(ConfigurationKey);

    /// <summary>ODEUS002: text the value keeps before the key, such as an Authorization header's <c>"Bearer "</c>.</summary>
    public const string KeyPrefix = nameof(KeyPrefix);

    /// <summary>ODEUS005: what is wrong with the endpoint, one of <see cref="EndpointProblems"/>.</summary>
    public const string EndpointProblem = nameof(EndpointProblem);

    /// <summary>ODEUS005: the Odeus endpoint the "add the endpoint" fix writes.</summary>
    public const string OdeusEndpoint = nameof(OdeusEndpoint);

    /// <summary>ODEUS002: whose key it is (one of <see cref="KeyProviders"/>), for the fix's error message.</summary>
    public const string Provider = nameof(Provider);

    /// <summary>ODEUS001: "true" when the project runs in the browser, where the only fix is to redact the key.</summary>
    public const string RunsInBrowser = nameof(RunsInBrowser);

    /// <summary>Whether a flag the analyzer sets (<see cref="RunsInBrowser"/>) is on in <paramref name="properties"/>.</summary>
    public static bool IsSet(System.Collections.Immutable.ImmutableDictionary<string, string?> properties, string flag) =>
        properties.TryGetValue(flag, out var value) && value == "true";
}
