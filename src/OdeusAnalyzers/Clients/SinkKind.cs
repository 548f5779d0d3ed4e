namespace OdeusAnalyzers;

/// <summary>Which kind of sink a candidate may be (an SDK, an HTTP header, the environment), so that a compilation without it skips the candidate before binding.</summary>
internal enum SinkKind
{
    /// <summary>An AI SDK client, credential or options type.</summary>
    Sdk,

    /// <summary>An HTTP Authorization or api-key header.</summary>
    Http,

    /// <summary><c>Environment.SetEnvironmentVariable</c>.</summary>
    Environment,
}
