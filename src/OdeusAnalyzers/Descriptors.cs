using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers;

/// <summary>Every rule the package reports. An ID keeps its meaning forever once shipped.</summary>
internal static class Descriptors
{
    public const string InvalidOptionId = "ODEUS000";
    public const string HardcodedKeyId = "ODEUS001";
    public const string LiteralKeyToClientId = "ODEUS002";
    public const string KeyInCommittedFileId = "ODEUS003";
    public const string BrowserHostedKeyId = "ODEUS004";
    public const string KeyToOtherEndpointId = "ODEUS005";
    public const string SecretFileNotIgnoredId = "ODEUS006";
    public const string OdeusInServedFileId = "ODEUS007";

    private const string HelpLinkBase = "https://github.com/odeus-analyzers/OdeusAnalyzers/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        InvalidOptionId,
        "Invalid OdeusAnalyzers option",
        "'{0} = {1}' is not {2}; {3} is used instead",
        Categories.Configuration,
        "An OdeusAnalyzers option in .editorconfig has a value the analyzers cannot use. The default applies until the value is corrected. An environment variable name starts with a letter or '_' and holds only letters, digits and '_'; a configuration key is one or more non-empty sections separated by ':'.");

    public static readonly DiagnosticDescriptor HardcodedKey = Create(
        HardcodedKeyId,
        "Hardcoded Odeus API key",
        "Odeus API key '{0}' is in {1}: {2}, and revoke it in Workspace Settings \u2192 Products \u2192 API",
        Categories.Security,
        "An Odeus API key written into source code is visible to anyone who can read the code or its version control history. Keep the key in an environment variable (locally, in a git-ignored .env file), read it at run time, and revoke the exposed key: removing it from the code does not remove it from history.");

    public static readonly DiagnosticDescriptor LiteralKeyToClient = Create(
        LiteralKeyToClientId,
        "API key passed to an AI client as a literal",
        "{0} is passed to '{1}' of {2}: {3}",
        Categories.Security,
        "An API key written into the code that builds an AI client (OpenAI, Azure OpenAI, Semantic Kernel, Microsoft.Extensions.AI, Betalgo, or an Authorization header of a request to one of them) is visible to anyone who can read the code or its history, and a placeholder written there today becomes a real key in a later commit. Read the key at run time from an environment variable (locally, from a git-ignored .env file) or from configuration, use a separate key for each environment, and revoke any real key that was committed. Clients of a local model server (localhost, 127.0.0.1, [::1]) are not reported.");

    public static readonly DiagnosticDescriptor KeyInCommittedFile = Create(
        KeyInCommittedFileId,
        "Odeus API key in a file that is committed",
        "Odeus API key '{0}' in '{1}', {2}: move it to an environment variable, revoke it",
        Categories.Security,
        "An Odeus API key in a text file that git would commit (tracked, or untracked and not ignored), in the project folder or directly in a folder above it up to the repository root, is visible to anyone who can read the repository or its history. Keep the key in an environment variable, locally in a .env file listed in .gitignore, and revoke the exposed key in Workspace Settings \u2192 Products \u2192 API. Outside git, the project's configuration files are looked at and treated as committed.");

    public static readonly DiagnosticDescriptor BrowserHostedKey = Create(
        BrowserHostedKeyId,
        "AI client or API key in browser-hosted code",
        "{0} in the browser, where {1}: move the call to the backend",
        Categories.Security,
        "A Blazor WebAssembly app runs in the user's browser: its assemblies, configuration and environment are downloaded to every user, who can read any API key in them. Odeus also rejects requests made from browsers (CORS). Build the AI client and hold the key in the app's backend (an ASP.NET Core API), and call that backend from the browser.");

    public static readonly DiagnosticDescriptor KeyToOtherEndpoint = Create(
        KeyToOtherEndpointId,
        "Odeus key sent to another endpoint",
        "Odeus key given to '{0}' {1}",
        Categories.Security,
        "A client given an Odeus API key sends it with every request to its endpoint. Without an endpoint, the OpenAI SDKs send it to api.openai.com; to another host, it is handed to a third party; over http://, anyone on the network path can read it. Set the endpoint to an https:// URL on an Odeus host (such as https://api.odeus.ai/openai/eu/v1), and revoke a key that was sent elsewhere.");

    public static readonly DiagnosticDescriptor SecretFileNotIgnored = Create(
        SecretFileNotIgnoredId,
        "Secret file not ignored by git",
        "'{0}' is for secrets{1}, but {2}",
        Categories.Security,
        "Files that hold credentials (.env, .env.local and other .env.* files, config/secrets.yml, credentials.json) belong in .gitignore, so that the keys in them never reach the repository; a file git already tracks stays committed until 'git rm --cached' removes it. The keys such a file holds are named here, not by ODEUS003. Example and template files (.env.example, .env.sample, .env.template) are meant to be committed and are not reported.");

    public static readonly DiagnosticDescriptor OdeusInServedFile = Create(
        OdeusInServedFileId,
        "Odeus key or Odeus API call in a file served to the browser",
        "{0} in '{1}' is served to browsers: move the call and the key to the backend, and revoke a served key",
        Categories.Security,
        "Everything under wwwroot in a web, Razor or Blazor WebAssembly project is downloaded by every visitor, and publishing ships it whether git ignores a file or not: an API key there is public. Odeus also rejects requests made from browsers (CORS). Let the page call the app's backend, keep the key and the call to Odeus there, and revoke any key that was served.");

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
            helpLinkUri: HelpLinkBase + id + ".md",
            customTags: RuleTags.Of(id));

    private static class Categories
    {
        public const string Security = "Security";
        public const string Configuration = "Configuration";
    }
}
