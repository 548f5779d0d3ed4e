using Microsoft.CodeAnalysis.Diagnostics;

namespace OdeusAnalyzers;

/// <summary>MSBuild properties that reach the analyzers as <c>build_property.*</c> through the package's props (<c>CompilerVisibleProperty</c>).</summary>
internal static class BuildProperties
{
    /// <summary>A test project: Microsoft.NET.Test.Sdk sets <c>IsTestProject</c> to true.</summary>
    public static bool IsTestProject(AnalyzerOptions options) => IsTrue(options, "build_property.IsTestProject");

    private static bool IsTrue(AnalyzerOptions options, string name) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(name, out var value)
        && value.Trim().Equals("true", System.StringComparison.OrdinalIgnoreCase);
}
