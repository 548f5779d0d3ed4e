using System.Collections.Generic;

namespace OdeusAnalyzers;

/// <summary>A constant that reaches one or more clients: where it is written, the key in it, and the clients in source order.</summary>
internal sealed class KeyConstant
{
    public KeyConstant(KeyOrigin origin, string key)
    {
        Origin = origin;
        Key = key;
    }

    public KeyOrigin Origin { get; }

    public string Key { get; }

    public List<(KeySink Sink, ClientUse Use)> Clients { get; } = new();
}
