using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OdeusAnalyzers;

/// <summary>
/// Where the project sits in its repository, from the build properties the package's targets pass: which project of
/// a solution reports a file (one copy per file), and the name a message gives it (its path from the project).
/// </summary>
/// <remarks>
/// A file in the project folder is this project's, unless it is in the folder of a project nested below that uses
/// the package. A file directly in a folder above the project (or its config/secrets.yml) is reported by the project
/// that sits in that folder, if one uses the package, else by the first, in ordinal order of full path, of the
/// projects below it that use the package. "Uses the package": its project file, or a Directory.Build.props/.targets
/// at or above its folder, names OdeusAnalyzers (git lists them). This project always counts as a user, so a project
/// that takes the package through another import can only cause a second copy, never a lost finding. Every project
/// computes the same answer from the same lists, in any build order, in the IDE as on the command line.
/// </remarks>
internal sealed class ProjectLayout
{
    private static readonly char[] ListSeparator = { '|' };

    private readonly string? _projectFolder;
    private readonly string? _projectFile;
    private readonly string? _root;
    private readonly List<string> _users;

    private ProjectLayout(string? projectFolder, string? projectFile, string? root, List<string> users)
    {
        _projectFolder = projectFolder;
        _projectFile = projectFile;
        _root = root;
        _users = users;
    }

    /// <summary>
    /// Registers <paramref name="analyze"/> for each additional file, with the compilation's layout, unless the project
    /// turned the file rules off (OdeusScanFiles).
    /// </summary>
    public static void RegisterFileAction(AnalysisContext context, Action<AdditionalFileAnalysisContext, ProjectLayout> analyze) =>
        context.RegisterCompilationStartAction(start =>
        {
            if (SecretFiles.IsScanOff(start.Options))
            {
                return;
            }

            var layout = From(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            start.RegisterAdditionalFileAction(file => analyze(file, layout));
        });

    public static ProjectLayout From(AnalyzerConfigOptions global)
    {
        string? Property(string name) =>
            global.TryGetValue("build_property." + name, out var value) && value.Trim().Length > 0 ? Normalize(value.Trim()) : null;

        var projectFolder = Property("ProjectDir");
        var projectFile = Property("MSBuildProjectFullPath");
        var projects = Split(Property("OdeusProjects"));
        var users = new List<string>();
        foreach (var mention in Split(Property("OdeusPackageUsers")))
        {
            if (mention.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                users.Add(mention);
            }
            else
            {
                // Directory.Build.props or .targets: every project at or below its folder imports it.
                var folder = FolderOf(mention);
                users.AddRange(projects.FindAll(p => IsAtOrUnder(FolderOf(p), folder)));
            }
        }

        if (projectFile is not null && projectFolder is not null && IsAtOrUnder(FolderOf(projectFile), projectFolder))
        {
            users.Add(projectFile);
        }

        return new ProjectLayout(projectFolder, projectFile, Property("OdeusGitRoot"), users);
    }

    /// <summary>Whether this project reports <paramref name="path"/>: false when another project of the repository does.</summary>
    public bool Reports(string path)
    {
        if (_projectFolder is null || _projectFile is null)
        {
            return true;
        }

        var folder = FolderOf(Normalize(path));
        if (IsAtOrUnder(folder, _projectFolder))
        {
            return !_users.Exists(user =>
            {
                var userFolder = FolderOf(user);
                return IsUnder(userFolder, _projectFolder) && IsAtOrUnder(folder, userFolder);
            });
        }

        // config/secrets.yml above the project belongs to the folder that holds config/.
        var above = IsUnder(_projectFolder, folder) ? folder : SecretsFolderOwner(folder);
        if (_root is null || above is null || !IsAtOrUnder(above, _root) || !IsUnder(_projectFolder, above))
        {
            return true;
        }

        string? first = null;
        foreach (var user in _users)
        {
            var userFolder = FolderOf(user);
            if (string.Equals(userFolder, above, StringComparison.Ordinal))
            {
                return false;
            }

            if (IsUnder(userFolder, above) && (first is null || string.CompareOrdinal(user, first) < 0))
            {
                first = user;
            }
        }

        return first is null || string.Equals(first, _projectFile, StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="path"/> as a message names it: from the project folder (<c>wwwroot/appsettings.json</c>,
    /// <c>../../.env</c>), or the file name when the project folder is not known.
    /// </summary>
    public string DisplayPath(string path)
    {
        var file = Normalize(path);
        if (_projectFolder is null)
        {
            return SecretFiles.FileName(path);
        }

        if (IsUnder(file, _projectFolder))
        {
            return file.Substring(_projectFolder.Length + 1);
        }

        var folder = _projectFolder;
        var up = string.Empty;
        while (!IsUnder(file, folder))
        {
            var parent = folder.LastIndexOf('/');
            if (parent <= 0)
            {
                return file;
            }

            folder = folder.Substring(0, parent);
            up += "../";
        }

        return up + file.Substring(folder.Length + 1);
    }

    /// <summary>The folder that holds <paramref name="folder"/> when it is named config, else null.</summary>
    private static string? SecretsFolderOwner(string folder)
    {
        var slash = folder.LastIndexOf('/');
        return slash > 0 && folder.Substring(slash + 1).Equals("config", StringComparison.OrdinalIgnoreCase) ? folder.Substring(0, slash) : null;
    }

    private static List<string> Split(string? list)
    {
        var paths = new List<string>();
        if (list is not null)
        {
            foreach (var path in list.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                if (path.Trim().Length > 0)
                {
                    paths.Add(Normalize(path.Trim()));
                }
            }
        }

        return paths;
    }

    /// <summary>Forward slashes, no trailing slash, and no "." or ".." segments (the compiler keeps "src/App/../../.env" as given).</summary>
    private static string Normalize(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        var kept = new List<string>(segments.Length);
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment == "." || (segment.Length == 0 && i > 0 && i < segments.Length))
            {
                continue;
            }

            if (segment == ".." && kept.Count > 1)
            {
                kept.RemoveAt(kept.Count - 1);
                continue;
            }

            kept.Add(segment);
        }

        var normalized = string.Join("/", kept);
        return normalized.Length == 0 ? "/" : normalized;
    }

    private static string FolderOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash > 0 ? path.Substring(0, slash) : string.Empty;
    }

    private static bool IsAtOrUnder(string path, string folder) => string.Equals(path, folder, StringComparison.Ordinal) || IsUnder(path, folder);

    private static bool IsUnder(string path, string folder) =>
        path.Length > folder.Length + 1 && path[folder.Length] == '/' && path.StartsWith(folder, StringComparison.Ordinal);
}
