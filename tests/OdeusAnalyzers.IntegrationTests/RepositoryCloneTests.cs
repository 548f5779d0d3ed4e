namespace OdeusAnalyzers.IntegrationTests;

/// <summary>
/// The repository as a newcomer gets it: a fresh clone of its committed files, built with the commands the README
/// gives. The clone lies under a folder named src, as in ~/src/OdeusAnalyzers, which the build settings must not
/// mistake for the repository's own src/ folder.
/// </summary>
public sealed class RepositoryCloneTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "odeus-clone-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void CloneUnderSrcFolder_SampleBuildsWithWarnings()
    {
        var clone = Path.Combine(_folder, "src", "OdeusAnalyzers");
        var (cloned, cloneOutput) = ChildProcess.Run("git", $"clone -q --no-hardlinks \"{Repository.Root()}\" \"{clone}\"", _folder);
        Assert.True(cloned == 0, "git clone failed:\n" + cloneOutput);

        var (exitCode, output) = ChildProcess.Run("dotnet", "build samples/LeakyApp --no-incremental -tl:off -nodeReuse:false", clone);

        Assert.True(exitCode == 0, $"dotnet build samples/LeakyApp exited with {exitCode}:\n{output}");
        Assert.Contains("warning ODEUS001", output, StringComparison.Ordinal);
        Assert.DoesNotContain("error ODEUS", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            // git writes its objects read-only, which Windows will not delete.
            foreach (var file in Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
