using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers;

/// <summary>
/// A call, construction or assignment that a word of the sink table points at, with what its syntax says: the name it
/// is written with and the values it passes. Nothing here is bound.
/// </summary>
internal sealed class CandidateSite
{
    public CandidateSite(SyntaxNode node, SinkKind family, string? calledName, IReadOnlyList<CandidateValue> values, string? firstArgument, IReadOnlyCollection<string> typesInFile)
    {
        TypesInFile = typesInFile;
        FirstArgument = firstArgument;
        Node = node;
        Family = family;
        CalledName = calledName;
        Values = values;
    }

    public SyntaxNode Node { get; }

    public SinkKind Family { get; }

    /// <summary>The type a construction names, the method a call names, the property an assignment sets; null for <c>new(…)</c> with no type in sight.</summary>
    public string? CalledName { get; }

    public IReadOnlyList<CandidateValue> Values { get; }

    /// <summary>The values passed where some overload takes a key, once the census has judged them (cached with the site).</summary>
    public IReadOnlyList<CandidateValue>? KeyValues { get; set; }

    /// <summary>The names read where a key may go, once the census has judged them (cached with the site, which is per tree and set of SDKs).</summary>
    public string[]? KeyReadNames { get; set; }

    /// <summary>The client types (with a key-taking constructor) the file names: what a target-typed <c>new(…)</c> with no declared type may build.</summary>
    public IReadOnlyCollection<string> TypesInFile { get; }

    /// <summary>A credential object (<c>new ApiKeyCredential(…)</c>): its key is followed to the client it is passed to.</summary>
    public bool IsCredential => CalledName is { } name && SinkTable.CredentialTypeNames.Contains(name);

    /// <summary>The first positional argument, when it is a string literal (a header name, a scheme, a variable name).</summary>
    public string? FirstArgument { get; }
}
