using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>
/// One ODEUS004 finding before it is reported: a client, a read of the key or a written key. A client holds the reads
/// and keys written in its own arguments, which are part of its finding rather than findings of their own.
/// </summary>
internal sealed class BrowserFinding
{
    private const string Readable = "users can read the key";
    private const string ReadableAndBlocked = "users can read the key and CORS blocks Odeus";

    public BrowserFinding(Location location, string what, bool isOdeus, TextSpan? arguments = null)
    {
        Location = location;
        What = what;
        IsOdeus = isOdeus;
        Arguments = arguments;
    }

    public Location Location { get; }

    /// <summary>The start of the message: what was found.</summary>
    public string What { get; }

    /// <summary>An Odeus key or endpoint: only then does the message speak of CORS, which is Odeus's answer to a browser.</summary>
    public bool IsOdeus { get; private set; }

    /// <summary>For a client, the text of its arguments (and initializer).</summary>
    public TextSpan? Arguments { get; }

    /// <summary>A read or key found in this client's arguments: its finding is this one.</summary>
    public void Absorb(BrowserFinding inner) => IsOdeus |= inner.IsOdeus;

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptors.BrowserHostedKey, Location, What, IsOdeus ? ReadableAndBlocked : Readable);
}
