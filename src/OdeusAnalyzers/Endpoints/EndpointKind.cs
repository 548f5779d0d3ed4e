namespace OdeusAnalyzers;

/// <summary>Where a client sends its requests, as far as the construction says.</summary>
internal enum EndpointKind
{
    /// <summary>Not given, or not a constant.</summary>
    Unknown,

    /// <summary>localhost, 127.x.x.x or [::1]: a local model server (Ollama, LM Studio), whose dummy keys are not secrets.</summary>
    Loopback,

    /// <summary>A <c>*.odeus.ai</c> host.</summary>
    Odeus,

    Other,
}
