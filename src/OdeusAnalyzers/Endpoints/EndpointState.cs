namespace OdeusAnalyzers;

/// <summary>How a client construction sets its endpoint.</summary>
internal enum EndpointState
{
    /// <summary>Not set: the SDK's default (api.openai.com) applies.</summary>
    Missing,

    /// <summary>Set from a value computed at run time.</summary>
    RunTime,

    /// <summary>Set to a constant URL.</summary>
    Url,
}
