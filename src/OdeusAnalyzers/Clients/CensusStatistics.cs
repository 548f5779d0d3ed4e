using System.Diagnostics;
using System.Threading;

namespace OdeusAnalyzers;

/// <summary>
/// Counts and times of the client census's stages, for the benchmark's profile (read through InternalsVisibleTo).
/// Process-wide and approximate under concurrency; they never change what the analyzers report.
/// </summary>
internal static class CensusStatistics
{
    public static long FilesSearched;
    public static long CandidatesFound;
    public static long CandidatesKept;
    public static long CandidatesBound;
    public static long MembersBound;
    public static long SlicesBound;
    public static long NamesFollowed;
    public static long DeclarationLookups;

    public static long CensusTicks;
    public static long SearchTicks;
    public static long JudgeTicks;
    public static long DeclarationTicks;
    public static long BindTicks;
    public static long FollowTicks;

    /// <summary>Called with each candidate kept for binding, when the benchmark asks which they are.</summary>
    public static System.Action<Microsoft.CodeAnalysis.SyntaxNode>? OnKept;

    /// <summary>Called with each candidate bound, and whether a slice of its member was enough.</summary>
    public static System.Action<Microsoft.CodeAnalysis.SyntaxNode, bool>? OnBound;

    public static void Reset()
    {
        FilesSearched = CandidatesFound = CandidatesKept = CandidatesBound = MembersBound = SlicesBound = NamesFollowed = DeclarationLookups = 0;
        CensusTicks = SearchTicks = JudgeTicks = DeclarationTicks = BindTicks = FollowTicks = 0;
    }

    public static long Start() => Stopwatch.GetTimestamp();

    public static void Stop(ref long ticks, long started) => Interlocked.Add(ref ticks, Stopwatch.GetTimestamp() - started);

    public static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
