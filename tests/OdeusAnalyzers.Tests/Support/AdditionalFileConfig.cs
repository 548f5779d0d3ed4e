namespace OdeusAnalyzers.Tests;

/// <summary>The global analyzer config the package's build props and targets produce for one AdditionalFiles item.</summary>
internal static class AdditionalFileConfig
{
    /// <param name="gitIgnored">The OdeusGitIgnored metadata git's answer gives the file, or null for none.</param>
    /// <param name="scanFiles">The OdeusScanFiles build property, or null when the project does not set it.</param>
    public static string For(string path, string? gitIgnored, string? scanFiles)
    {
        var config = "is_global = true\n";
        if (scanFiles is not null)
        {
            config += $"build_property.OdeusScanFiles = {scanFiles}\n";
        }

        if (gitIgnored is not null)
        {
            config += $"\n[{path}]\nbuild_metadata.AdditionalFiles.OdeusGitIgnored = {gitIgnored}\n";
        }

        return config;
    }
}
