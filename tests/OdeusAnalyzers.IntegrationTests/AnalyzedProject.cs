namespace OdeusAnalyzers.IntegrationTests;

/// <summary>Throwaway projects that use the analyzers with the package's build props and targets, straight from the repository.</summary>
internal static class AnalyzedProject
{
    /// <summary>A project file of <paramref name="sdk"/> for net10.0, with <paramref name="properties"/> added to its property group.</summary>
    public static string ProjectFile(string sdk, string properties = "")
    {
        var build = Path.Combine(Repository.Root(), "src", "OdeusAnalyzers.Package", "build");

        // The ProjectReference copies the analyzers' DLL here; loading one of its types would need Microsoft.CodeAnalysis.
        var analyzers = Path.Combine(AppContext.BaseDirectory, "OdeusAnalyzers.dll");
        return $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>{properties}
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{analyzers}" />
              </ItemGroup>
              <Import Project="{Path.Combine(build, "OdeusAnalyzers.props")}" />
              <Import Project="{Path.Combine(build, "OdeusAnalyzers.targets")}" />
            </Project>
            """;
    }

    /// <summary>A library project of the plain SDK; <paramref name="properties"/> go into its PropertyGroup.</summary>
    public static string File(string properties = "") =>
        ProjectFile("Microsoft.NET.Sdk", "\n    <OutputType>Library</OutputType>\n    " + properties);

    /// <summary>Deletes a temporary folder, leaving it when a file in it is still in use.</summary>
    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
