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
}

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

/// <summary>The providers whose keys ODEUS002 tells apart.</summary>
internal static class KeyProviders
{
    public const string Odeus = nameof(Odeus);
    public const string OpenAI = nameof(OpenAI);
    public const string AzureOpenAI = nameof(AzureOpenAI);
}

/// <summary>Why ODEUS005 reports a client, which decides its fix.</summary>
internal static class EndpointProblems
{
    public const string Missing = nameof(Missing);
    public const string Http = nameof(Http);
    public const string OtherHost = nameof(OtherHost);
}
