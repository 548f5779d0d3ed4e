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
    public static bool RunsInBrowser(AnalyzerOptions options) =>
        BuildProperties.Is(options, "UsingMicrosoftNETSdkBlazorWebAssembly", "true") || BuildProperties.Is(options, "RuntimeIdentifier", "browser-wasm");
}
