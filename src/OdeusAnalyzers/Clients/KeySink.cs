using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers;

/// <summary>One place where a known client takes an API key: the value passed, and what the message names.</summary>
internal sealed class KeySink
{
    public KeySink(IOperation call, IOperation keyValue, string parameterName, string clientName, ClientFamily family, string keyPrefix = "", string? header = null)
    {
        Header = header;
        Call = call;
        KeyValue = keyValue;
        ParameterName = parameterName;
        ClientName = clientName;
        Family = family;
        KeyPrefix = keyPrefix;
    }

    /// <summary>The constructor call, method call or property assignment that takes the key.</summary>
    public IOperation Call { get; }

    /// <summary>The value passed as the key.</summary>
    public IOperation KeyValue { get; }

    public string ParameterName { get; }

    /// <summary>The client type, or the type and method for a registration method.</summary>
    public string ClientName { get; }

    public ClientFamily Family { get; }

    /// <summary>Text written before the key in the same value, as in an <c>Authorization</c> header's <c>"Bearer "</c>.</summary>
    public string KeyPrefix { get; }

    /// <summary>The HTTP header the key is written to (<c>Authorization</c>, <c>api-key</c>); null for an SDK member. Such a key counts only where the request visibly goes to an AI provider.</summary>
    public string? Header { get; }
}
