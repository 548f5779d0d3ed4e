using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OdeusAnalyzers;

/// <summary>
/// The non-C# files the package looks at: configuration files that may hold a key, and files meant to hold secrets.
/// The names are the provider page's, plus the .NET configuration files; the git answer comes from the build targets.
/// </summary>
internal static class SecretFiles
{
    /// <summary>The item metadata the build targets set on each AdditionalFiles item they looked at (see <see cref="GitState"/>).</summary>
    public const string GitMetadata = "build_metadata.AdditionalFiles.OdeusGit";

    /// <summary>Files larger than this are not read: configuration files are small, and a huge one is no configuration.</summary>
    public const int MaximumLength = 4 * 1024 * 1024;

    /// <summary>The files looked at outside git: appsettings*.json, Properties/launchSettings.json, .env, .env.*, *.env, *.yml, *.yaml, credentials.json, *.config.</summary>
    public static bool MayHoldKeys(string path)
    {
        var name = FileName(path);
        return IsEnvFile(name)
            || (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            || (name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase) && ParentName(path).Equals("Properties", StringComparison.OrdinalIgnoreCase))
            || name.EndsWith(".env", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || name.Equals("credentials.json", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".config", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>.env, .env.* (not an example, sample or template), config/secrets.yml, credentials.json.</summary>
    public static bool IsMeantForSecrets(string path)
    {
        var name = FileName(path);
        if (IsEnvFile(name))
        {
            return !(name.EndsWith(".example", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".sample", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".template", StringComparison.OrdinalIgnoreCase));
        }

        return name.Equals("credentials.json", StringComparison.OrdinalIgnoreCase)
            || (name.Equals("secrets.yml", StringComparison.OrdinalIgnoreCase) && ParentName(path).Equals("config", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The line that makes git ignore the file from any .gitignore above it: its name, which git matches at any depth,
    /// or **/config/secrets.yml, since a pattern with a slash would only match next to that .gitignore.
    /// </summary>
    public static string IgnoreLine(string path)
    {
        var name = FileName(path);
        return name.Equals("secrets.yml", StringComparison.OrdinalIgnoreCase) ? "**/" + ParentName(path) + "/" + name : name;
    }

    /// <summary>The MSBuild property OdeusScanFiles, set to anything but true (as the build targets read it), turns both file rules off.</summary>
    public static bool IsScanOff(AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.OdeusScanFiles", out var value)
        && value.Trim().Length > 0
        && !value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);

    public static GitState GitStateOf(AdditionalText file, AnalyzerOptions options)
    {
        if (!options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(GitMetadata, out var value))
        {
            return GitState.Unknown;
        }

        return value.Trim().ToLowerInvariant() switch
        {
            "committed" => GitState.Committed,
            "tracked-ignored" => GitState.TrackedAlthoughIgnored,
            "unlisted" => GitState.Unlisted,
            "no-git" => GitState.NoGit,
            _ => GitState.Unknown,
        };
    }

    private static bool IsEnvFile(string name) =>
        name.Equals(".env", StringComparison.OrdinalIgnoreCase) || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file's name; a path with characters the platform rejects has none.</summary>
    public static string FileName(string path)
    {
        try
        {
            return Path.GetFileName(path) ?? string.Empty;
        }
        catch (ArgumentException)
        {
            return string.Empty;
        }
    }

    private static string ParentName(string path)
    {
        try
        {
            return Path.GetFileName(Path.GetDirectoryName(path) ?? string.Empty) ?? string.Empty;
        }
        catch (ArgumentException)
        {
            return string.Empty;
        }
    }
}
