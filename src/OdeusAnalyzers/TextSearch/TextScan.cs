using System.Collections.Generic;

namespace OdeusAnalyzers;

/// <summary>What one pass over a file's text found.</summary>
internal sealed class TextScan
{
    public static readonly TextScan Empty = new(null, null);

    public TextScan(List<int>? prefixPositions, List<int>? partPositions)
    {
        PrefixPositions = prefixPositions;
        PartPositions = partPositions;
    }

    /// <summary>Where <c>sk-ld-</c> stands, or null when nowhere.</summary>
    public List<int>? PrefixPositions { get; }

    /// <summary>
    /// Where a prefix stands without a whole key after it (<c>"sk-ld-" + Body</c>): a part of a key that a constant
    /// concatenation may complete.
    /// </summary>
    public List<int>? PartPositions { get; }

    public bool MayHoldKeyParts => PartPositions is not null;
}
