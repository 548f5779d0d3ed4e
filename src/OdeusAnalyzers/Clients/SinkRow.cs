namespace OdeusAnalyzers;

/// <summary>
/// One line of the sink table: an SDK member (or every public member of an SDK assembly) that takes an API key, as a
/// string parameter or property, and the words that find its calls in source text.
/// </summary>
internal sealed class SinkRow
{
    public SinkRow(
        string assembly,
        string? publicKeyToken,
        string? type,
        string? member,
        string? keyParameter,
        ClientFamily family,
        SinkKind kind,
        string[] searchWords,
        bool isProperty = false,
        string[]? firstArgumentWords = null)
    {
        FirstArgumentWords = firstArgumentWords;
        Assembly = assembly;
        PublicKeyToken = publicKeyToken;
        Type = type;
        Member = member;
        KeyParameter = keyParameter;
        Family = family;
        Kind = kind;
        SearchWords = searchWords;
        IsProperty = isProperty;
    }

    /// <summary>The SDK assembly's simple name.</summary>
    public string Assembly { get; }

    /// <summary>Its public key token in lower-case hex; empty for an unsigned assembly, null for any (framework assemblies differ by target).</summary>
    public string? PublicKeyToken { get; }

    /// <summary>The type's metadata name, or null for every public type of the assembly.</summary>
    public string? Type { get; }

    /// <summary>The method name, <c>.ctor</c> for constructors, the property name, or null for every method and constructor.</summary>
    public string? Member { get; }

    /// <summary>The string parameter (or, for a property row, the property) that takes the key; null where the key only arrives in a credential object.</summary>
    public string? KeyParameter { get; }

    /// <summary>Whose key it is: decides the environment variable and configuration key a fix reads.</summary>
    public ClientFamily Family { get; }

    /// <summary>Which references a compilation needs for the row to apply.</summary>
    public SinkKind Kind { get; }

    /// <summary>
    /// Words of which every call of the row's members names one: in the member's or type's name, or, for HTTP
    /// headers, in the header name the call passes (matched ignoring case).
    /// </summary>
    public string[] SearchWords { get; }

    public bool IsProperty { get; }

    /// <summary>
    /// For members whose first argument says whether the key is one (a header name, a scheme, a variable name): a
    /// literal written there must hold one of these words, ignoring case, or the call is no sink.
    /// </summary>
    public string[]? FirstArgumentWords { get; }

    public bool Matches(Microsoft.CodeAnalysis.IAssemblySymbol assembly, string token) =>
        assembly.Identity.Name == Assembly && (PublicKeyToken is null || token == PublicKeyToken);
}
