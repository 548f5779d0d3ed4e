namespace OdeusAnalyzers.IntegrationTests;

/// <summary>A throwaway project file that runs this repository's analyzers with the package's build props and targets.</summary>
internal static class AnalyzedProject
{
    /// <summary>The project file's text; <paramref name="properties"/> go into its PropertyGroup.</summary>
    public static string File(string properties = "")
    {
        var build = Path.Combine(Repository.Root(), "src", "OdeusAnalyzers.Package", "build");

        // The ProjectReference copies the analyzers' DLL here; loading one of its types would need Microsoft.CodeAnalysis.
        var analyzers = Path.Combine(AppContext.BaseDirectory, "OdeusAnalyzers.dll");
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{analyzers}" />
              </ItemGroup>
              <Import Project="{Path.Combine(build, "OdeusAnalyzers.props")}" />
              <Import Project="{Path.Combine(build, "OdeusAnalyzers.targets")}" />
            </Project>
            """;
    }
}
