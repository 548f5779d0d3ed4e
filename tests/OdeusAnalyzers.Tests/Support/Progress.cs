using System.Diagnostics;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// What the tests are doing, printed while they run. `dotnet test` shows xunit's diagnostic messages as they arrive
/// (<c>[xUnit.net 00:01:02.34] …</c>) when the project's xunit.runner.json turns them on; nothing else a test writes
/// reaches the console before the run ends.
/// </summary>
internal static class Progress
{
    private static IMessageSink? s_sink;

    public static void Attach(IMessageSink sink) => s_sink = sink;

    public static void Say(string text) => s_sink?.OnMessage(new DiagnosticMessage(text));

    /// <summary>Says what starts, runs it, and says how long it took.</summary>
    public static T Step<T>(string what, Func<T> step)
    {
        Say(what + " …");
        var watch = Stopwatch.StartNew();
        try
        {
            return step();
        }
        finally
        {
            Say($"{what}: {watch.Elapsed.TotalSeconds:F1} s");
        }
    }
}
