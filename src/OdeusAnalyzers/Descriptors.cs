using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers;

/// <summary>Every rule the package reports. An ID keeps its meaning forever once shipped.</summary>
internal static class Descriptors
{
    public const string InvalidOptionId = "ODEUS000";
    public const string HardcodedKeyId = "ODEUS001";

    private const string HelpLinkBase = "https://github.com/odeus-analyzers/OdeusAnalyzers/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        InvalidOptionId,
        "Invalid OdeusAnalyzers option",
        "The .editorconfig option '{0}' has the value '{1}', which is not a valid environment variable name; '{2}' is used instead",
        Categories.Configuration,
        "An OdeusAnalyzers option in .editorconfig has a value the analyzers cannot use. The default applies until the value is corrected. An environment variable name starts with a letter or '_' and holds only letters, digits and '_'.");

    public static readonly DiagnosticDescriptor HardcodedKey = Create(
        HardcodedKeyId,
        "Hardcoded Odeus API key",
        "Odeus API key '{0}' is written in source code: read it from the {1} environment variable instead, and revoke this key in Workspace Settings \u2192 Products \u2192 API, since it is already in source history",
        Categories.Security,
        "An Odeus API key written into source code is visible to anyone who can read the code or its version control history. Keep the key in an environment variable (locally, in a git-ignored .env file), read it at run time, and revoke the exposed key: removing it from the code does not remove it from history.");

    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        string description) =>
        new(
            id,
            title,
            messageFormat,
            category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: HelpLinkBase + id + ".md");

    private static class Categories
    {
        public const string Security = "Security";
        public const string Configuration = "Configuration";
    }
}
