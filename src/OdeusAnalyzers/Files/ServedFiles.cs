using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OdeusAnalyzers;

/// <summary>
/// The files a web project serves to the browser: what the package's build targets found under <c>wwwroot</c> and
/// marked, in a project of the Web, Razor or Blazor WebAssembly SDK. ODEUS007 reports them; ODEUS003 leaves them to it.
/// </summary>
internal static class ServedFiles
{
    /// <summary>The item metadata the build targets set on each AdditionalFiles item under wwwroot: "true".</summary>
    public const string ServedMetadata = "build_metadata.AdditionalFiles.OdeusServed";

    /// <summary>
    /// Served files are read up to this length: bundled scripts are larger than configuration files, and are shipped
    /// all the same.
    /// </summary>
    public const int MaximumLength = 16 * 1024 * 1024;

    private static readonly string[] SdkProperties =
    {
        "UsingMicrosoftNETSdkWeb",
        "UsingMicrosoftNETSdkRazor",
        "UsingMicrosoftNETSdkBlazorWebAssembly",
    };

    private static readonly string[] ScriptExtensions = { ".js", ".mjs", ".ts", ".html", ".htm" };

    /// <summary>The project is built with an SDK that serves its wwwroot folder (the props make the three properties visible).</summary>
    public static bool ServesWebRoot(AnalyzerOptions options) =>
        Array.Exists(SdkProperties, property => BuildProperties.Is(options, property, "true"));

    /// <summary>A file the build targets marked as served, in a project that serves its wwwroot folder.</summary>
    public static bool IsServed(AdditionalText file, AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(ServedMetadata, out var value) && IsTrue(value)
        && ServesWebRoot(options);

    /// <summary>A page or a script, which the browser runs: a request to the Odeus API written there comes from the browser.</summary>
    public static bool IsPageOrScript(string path)
    {
        var name = SecretFiles.FileName(path);
        foreach (var extension in ScriptExtensions)
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTrue(string value) => value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
}
