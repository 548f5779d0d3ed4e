using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OdeusAnalyzers.Tests;

/// <summary>Which project of a repository reports a file, and the path a message names it by.</summary>
public sealed class ProjectLayoutTests
{
    private const string Projects = "/r/src/App/App.csproj|/r/src/Lib/Lib.csproj|/r/tests/App.Tests/App.Tests.csproj";

    private static ProjectLayout Layout(string project, string projects = Projects, string? users = null, string root = "/r") =>
        ProjectLayout.From(new Properties(new Dictionary<string, string>
        {
            ["build_property.ProjectDir"] = project.Substring(0, project.LastIndexOf('/') + 1),
            ["build_property.MSBuildProjectFullPath"] = project,
            ["build_property.OdeusGitRoot"] = root,
            ["build_property.OdeusProjects"] = projects,
            ["build_property.OdeusPackageUsers"] = users ?? projects,
        }));

    [Theory]
    [InlineData("/r/.env")]
    [InlineData("/r/Dockerfile")]
    [InlineData("/r/config/secrets.yml")]
    [InlineData("/r/src/App/../../.env")]
    [InlineData("/r/src/Lib/./../../Dockerfile")]
    public void FileAboveTwoProjects_ReportedByTheFirstOnly(string path)
    {
        Assert.True(Layout("/r/src/App/App.csproj").Reports(path));
        Assert.False(Layout("/r/src/Lib/Lib.csproj").Reports(path));
        Assert.False(Layout("/r/tests/App.Tests/App.Tests.csproj").Reports(path));
    }

    [Fact]
    public void FileInAFolderBetween_ReportedByTheFirstProjectBelowIt()
    {
        Assert.True(Layout("/r/src/App/App.csproj").Reports("/r/src/run.sh"));
        Assert.False(Layout("/r/src/Lib/Lib.csproj").Reports("/r/src/run.sh"));
    }

    [Fact]
    public void FirstProjectWithoutThePackage_TheFirstThatUsesItReports() =>
        Assert.True(Layout("/r/src/Lib/Lib.csproj", users: "/r/src/Lib/Lib.csproj").Reports("/r/.env"));

    [Fact]
    public void PackageThroughDirectoryBuildProps_EveryProjectBelowItCounts()
    {
        const string users = "/r/src/Directory.Build.props";
        Assert.True(Layout("/r/src/App/App.csproj", users: users).Reports("/r/.env"));
        Assert.False(Layout("/r/src/Lib/Lib.csproj", users: users).Reports("/r/.env"));

        Assert.False(Layout("/r/tests/App.Tests/App.Tests.csproj", users: users).Reports("/r/.env"));
    }

    [Fact]
    public void PackageThroughAnUnseenImport_ASecondCopyNeverALostOne()
    {
        // Neither project file names the package: each counts only itself, so both report.
        Assert.True(Layout("/r/src/App/App.csproj", users: "").Reports("/r/.env"));
        Assert.True(Layout("/r/src/Lib/Lib.csproj", users: "").Reports("/r/.env"));
    }

    [Fact]
    public void ProjectInTheFolderAbove_ReportsItsOwnFolder()
    {
        const string projects = "/r/Root.csproj|/r/tests/T/T.csproj";
        Assert.True(Layout("/r/Root.csproj", projects).Reports("/r/.env"));
        Assert.False(Layout("/r/tests/T/T.csproj", projects).Reports("/r/.env"));

        // The nested project's folder is its own.
        Assert.False(Layout("/r/Root.csproj", projects).Reports("/r/tests/T/appsettings.json"));
        Assert.True(Layout("/r/tests/T/T.csproj", projects).Reports("/r/tests/T/appsettings.json"));
        Assert.True(Layout("/r/Root.csproj", projects).Reports("/r/tests/data.json"));
    }

    [Theory]
    [InlineData("/r/src/App/appsettings.json")]
    [InlineData("/r/src/App/deploy/run.sh")]
    [InlineData("/elsewhere/shared.json")]
    [InlineData("/r/src/Lib/odeus.json")]
    public void OwnFilesAndFilesElsewhere_Reported(string path) => Assert.True(Layout("/r/src/App/App.csproj").Reports(path));

    [Fact]
    public void NoLayoutProperties_EveryFileReported() =>
        Assert.True(ProjectLayout.From(new Properties(new Dictionary<string, string>())).Reports("/r/.env"));

    [Theory]
    [InlineData("/r/src/App/wwwroot/appsettings.json", "wwwroot/appsettings.json")]
    [InlineData("/r/src/App/config/secrets.yml", "config/secrets.yml")]
    [InlineData("/r/.env", "../../.env")]
    [InlineData("/r/src/Lib/x.json", "../Lib/x.json")]
    [InlineData("C:\\r\\src\\App\\.env", ".env")]
    public void DisplayPath_RelativeToTheProject(string path, string expected)
    {
        var layout = path.StartsWith('C') ? Layout("C:/r/src/App/App.csproj", "C:/r/src/App/App.csproj", root: "C:/r") : Layout("/r/src/App/App.csproj");
        Assert.Equal(expected, layout.DisplayPath(path));
    }

    private sealed class Properties(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
