using System.Diagnostics;

namespace OdeusAnalyzers.IntegrationTests;

/// <summary>Runs `dotnet`, `git` or a tool for the tests that build, pack or serve real projects.</summary>
internal static class ChildProcess
{
    /// <summary>
    /// A start without the test host's MSBuild settings, which would point a child build at the test's own SDK
    /// resolution, and without telemetry or logo noise.
    /// </summary>
    public static ProcessStartInfo StartInfo(string fileName, string arguments, string directory, bool redirectInput = false)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    /// <summary>
    /// The exit code and the output (standard output, then standard error) of a run of at most five minutes;
    /// <paramref name="searchPath"/>, when given, replaces PATH.
    /// </summary>
    public static (int ExitCode, string Output) Run(string fileName, string arguments, string directory, string? searchPath = null)
    {
        Directory.CreateDirectory(directory);
        var command = $"{fileName} {arguments}";
        return Progress.Step((command.Length > 100 ? command[..100] + "…" : command) + $" (in {Path.GetFileName(directory)})", () =>
        {
            var start = StartInfo(fileName, arguments, directory);
            if (searchPath is not null)
            {
                start.Environment["PATH"] = searchPath;
            }

            using var process = Process.Start(start)!;
            var standardError = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{fileName} {arguments} did not finish");
            return (process.ExitCode, output + standardError.Result);
        });
    }
}
