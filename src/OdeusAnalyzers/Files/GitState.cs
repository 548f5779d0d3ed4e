namespace OdeusAnalyzers;

/// <summary>What the package's build targets learned from git about a file (the OdeusGit metadata).</summary>
internal enum GitState
{
    /// <summary>No answer: a file the targets did not look at, such as one the project lists itself outside its folder.</summary>
    Unknown,

    /// <summary>In a git repository, git listed it neither for a key nor as a secret file: ignored, binary or keyless.</summary>
    Unlisted,

    /// <summary>Git would commit it: tracked, or untracked and not ignored.</summary>
    Committed,

    /// <summary>Git tracks it although a .gitignore lists it: only <c>git rm --cached</c> takes it out.</summary>
    TrackedAlthoughIgnored,

    /// <summary>Not in a git repository, or git not found: the targets added the named files of the project folder.</summary>
    NoGit,
}
