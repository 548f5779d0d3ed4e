using Microsoft.CodeAnalysis.Diagnostics;

namespace OdeusAnalyzers;

/// <summary>MSBuild properties that reach the analyzers as <c>build_property.*</c> through the package's props (<c>CompilerVisibleProperty</c>).</summary>
internal static class BuildProperties
{
    /// <summary>A test project: Microsoft.NET.Test.Sdk sets <c>IsTestProject</c> to true.</summary>
    public static bool IsTestProject(AnalyzerOptions options) => Is(options, "IsTestProject", "true");

    /// <summary>Whether the property <paramref name="name"/> is <paramref name="value"/>, ignoring case and surrounding space.</summary>
    public static bool Is(AnalyzerOptions options, string name, string value) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property." + name, out var actual)
        && actual.Trim().Equals(value, System.StringComparison.OrdinalIgnoreCase);
}
