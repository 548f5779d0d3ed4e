namespace OdeusAnalyzers.Tests;

/// <summary>The repository the tests run from.</summary>
internal static class Repository
{
    /// <summary>
    /// The folder above the test's output that holds OdeusAnalyzers.sln (not Directory.Build.props: src/ and tests/
    /// have their own).
    /// </summary>
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OdeusAnalyzers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
