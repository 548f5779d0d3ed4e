namespace OdeusAnalyzers.Tests;

/// <summary>The global analyzer config the package's build props and targets produce for one AdditionalFiles item.</summary>
internal static class AdditionalFileConfig
{
    /// <param name="gitState">The OdeusGit metadata the build targets give the file (committed, tracked-ignored, unlisted, no-git), or null for none.</param>
    /// <param name="scanFiles">The OdeusScanFiles build property, or null when the project does not set it.</param>
    /// <param name="properties">Other build properties, as "Name = value" lines (ProjectDir, OdeusGitRoot, OdeusProjects, ...).</param>
    public static string For(string path, string? gitState, string? scanFiles, params string[] properties)
    {
        var config = "is_global = true\n";
        if (scanFiles is not null)
        {
            config += $"build_property.OdeusScanFiles = {scanFiles}\n";
        }

        foreach (var property in properties)
        {
            config += $"build_property.{property}\n";
        }

        if (gitState is not null)
        {
            config += $"\n[{path}]\nbuild_metadata.AdditionalFiles.OdeusGit = {gitState}\n";
        }

        return config;
    }

    /// <summary>The build properties of the project /r/src/App/App.csproj in the repository /r, beside /r/src/Lib/Lib.csproj.</summary>
    public static readonly string[] TwoProjects =
    {
        "ProjectDir = /r/src/App/", "MSBuildProjectFullPath = /r/src/App/App.csproj", "OdeusGitRoot = /r",
        "OdeusProjects = /r/src/App/App.csproj|/r/src/Lib/Lib.csproj", "OdeusPackageUsers = /r/src/App/App.csproj|/r/src/Lib/Lib.csproj",
    };

    /// <summary>The same for the second project, /r/src/Lib/Lib.csproj.</summary>
    public static readonly string[] SecondOfTwoProjects =
    {
        "ProjectDir = /r/src/Lib/", "MSBuildProjectFullPath = /r/src/Lib/Lib.csproj", "OdeusGitRoot = /r",
        "OdeusProjects = /r/src/App/App.csproj|/r/src/Lib/Lib.csproj", "OdeusPackageUsers = /r/src/App/App.csproj|/r/src/Lib/Lib.csproj",
    };
}
