namespace OdeusAnalyzers;

/// <summary>What git says of a file the package's build props checked.</summary>
internal enum GitState
{
    /// <summary>Not checked: outside a git repository, git not installed, or a file the props did not add.</summary>
    Unknown,

    Ignored,

    NotIgnored,
}
