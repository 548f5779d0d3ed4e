using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers;

/// <summary>
/// The text scan of each syntax tree, done once per tree and shared by every compilation that holds the tree (in the
/// IDE, each keystroke makes a new compilation in which all but one tree are unchanged).
/// </summary>
internal static class PrefixIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, TextScan> Scans = new();
    private static readonly ConditionalWeakTable<SyntaxTree, TextScan>.CreateValueCallback ScanTree = tree => SourceTextSearch.Scan(tree.GetText());

    public static TextScan Get(SyntaxTree tree, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Scans.GetValue(tree, ScanTree);
    }
}
