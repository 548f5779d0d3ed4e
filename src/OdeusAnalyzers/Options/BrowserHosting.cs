using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OdeusAnalyzers;

/// <summary>
/// Whether the project runs in the user's browser: the SDK's Blazor WebAssembly property, or the browser runtime
/// identifier, which reach the analyzers through the package's props. There ODEUS004 is the finding for a client,
/// ODEUS002 and ODEUS005 leave it alone, and ODEUS001 says to move the call to the backend.
/// </summary>
internal static class BrowserHosting
{
    /// <summary>A build property of the whole compilation: each analyzer reads it once, when the compilation starts.</summary>
    public static bool RunsInBrowser(AnalyzerOptions options)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        return (global.TryGetValue("build_property.UsingMicrosoftNETSdkBlazorWebAssembly", out var blazor) && IsValue(blazor, "true"))
            || (global.TryGetValue("build_property.RuntimeIdentifier", out var runtime) && IsValue(runtime, "browser-wasm"));
    }

    private static bool IsValue(string property, string value) => property.Trim().Equals(value, StringComparison.OrdinalIgnoreCase);
}
