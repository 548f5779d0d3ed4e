namespace OdeusAnalyzers.Tests;

/// <summary>MSBuild properties as the package's props hand them to the analyzers: a global config's <c>build_property.*</c> lines.</summary>
internal static class BuildProperties
{
    public const string BlazorWebAssembly = "build_property.UsingMicrosoftNETSdkBlazorWebAssembly = true";
    public const string BrowserRuntime = "build_property.RuntimeIdentifier = browser-wasm";

    /// <summary>A global config file that sets <paramref name="properties"/>, for a test state's <c>AnalyzerConfigFiles</c>.</summary>
    public static (string Path, string Content) GlobalConfig(params string[] properties) =>
        ("/.globalconfig", "is_global = true\n" + string.Join("\n", properties) + "\n");
}
