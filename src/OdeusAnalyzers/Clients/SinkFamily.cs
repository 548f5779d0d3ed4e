namespace OdeusAnalyzers;

/// <summary>Which kind of sink a candidate may be, so that a compilation without that SDK skips it before binding.</summary>
internal enum SinkFamily
{
    /// <summary>An AI SDK client, credential or options type.</summary>
    Sdk,

    /// <summary>An HTTP Authorization or api-key header.</summary>
    Http,

    /// <summary><c>Environment.SetEnvironmentVariable</c>.</summary>
    Environment,
}
