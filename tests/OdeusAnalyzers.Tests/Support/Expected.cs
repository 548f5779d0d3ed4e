using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using OdeusAnalyzers.Tests.Verifiers;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// What the rules are expected to report, and what their fixes are expected to write, built in one place for every
/// rule's tests (which import it with <c>using static</c>). Keys appear only masked, as the messages show them.
/// </summary>
internal static class Expected
{
    public const string OdeusVariable = "ODEUS_API_KEY";
    public const string OpenAIVariable = "OPENAI_API_KEY";

    /// <summary>ODEUS000 for a bad option value, which has no location.</summary>
    public static DiagnosticResult Odeus000(string option, string value, string shape, string fallback) =>
        Diagnostic<InvalidOptionAnalyzer>("ODEUS000").WithNoLocation().WithArguments(option, value, shape, fallback);

    /// <summary>ODEUS001 for <paramref name="key"/> at markup location <paramref name="location"/>.</summary>
    public static DiagnosticResult Odeus001(int location, string key, string variable = OdeusVariable) =>
        Diagnostic<HardcodedKeyAnalyzer>("ODEUS001").WithLocation(location).WithArguments(TestKeys.Mask(key), "source code", $"read it from the {variable} environment variable");

    /// <summary>ODEUS001 for <paramref name="key"/> in a comment, XML doc, disabled code or directive text: redact it.</summary>
    public static DiagnosticResult Odeus001InComment(int location, string key) =>
        Diagnostic<HardcodedKeyAnalyzer>("ODEUS001").WithLocation(location).WithArguments(TestKeys.Mask(key), "a comment", "redact it");

    /// <summary>ODEUS001 for <paramref name="key"/> in code of a project that runs in the browser: move the call to the backend.</summary>
    public static DiagnosticResult Odeus001InBrowser(int location, string key) =>
        Diagnostic<HardcodedKeyAnalyzer>("ODEUS001").WithLocation(location).WithArguments(TestKeys.Mask(key), "code that runs in the browser", "move the call to the backend");

    /// <summary>ODEUS002 at <paramref name="location"/>, its client at <paramref name="clientLocation"/>, for a value that is not a variable's name.</summary>
    public static DiagnosticResult Odeus002(string value, string parameter, string client, string variable = OpenAIVariable, int location = 0, int clientLocation = 1) =>
        LiteralKey(value, parameter, client, variable).WithLocation(location).WithLocation(clientLocation);

    /// <summary>The same, without checking where the client is: for tests about which values are reported.</summary>
    public static DiagnosticResult Odeus002At(int location, string value, string parameter, string client, string variable = OpenAIVariable) =>
        LiteralKey(value, parameter, client, variable).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    /// <summary>ODEUS002 in a project that runs in the browser (a key in an HTTP header): move the call to the backend; locations are the caller's.</summary>
    public static DiagnosticResult Odeus002InBrowser(string value, string parameter, string client) =>
        Diagnostic<LiteralKeyToClientAnalyzer>("ODEUS002").WithArguments($"The literal API key '{MaskOfLiteral(value)}'", parameter, InMessage(client), "move the call to the backend");

    /// <summary>ODEUS002 for a value that looks like the name of the environment variable <paramref name="name"/>; locations are the caller's.</summary>
    public static DiagnosticResult Odeus002VariableName(string name, string parameter, string client) =>
        Diagnostic<LiteralKeyToClientAnalyzer>("ODEUS002").WithArguments(
            $"'{name}' (a variable's name)", parameter, InMessage(client), "read that environment variable instead");

    /// <summary>What ODEUS003 says of a file the build targets did not look at.</summary>
    public const string NoGitAnswer = "which git gave no answer for";

    /// <summary>What ODEUS003 says of a file git would commit.</summary>
    public const string GitWouldCommit = "which git would commit";

    /// <summary>What ODEUS003 says of a file outside git, and ODEUS006 after "but it is".</summary>
    public const string NotInGit = "not in a git repository (or git not found)";

    /// <summary>ODEUS003 for <paramref name="key"/> in the additional file <paramref name="file"/> (its path from the project).</summary>
    public static DiagnosticResult Odeus003(int location, string file, string key, string state = NoGitAnswer) =>
        Diagnostic<KeyInCommittedFileAnalyzer>("ODEUS003").WithLocation(location).WithArguments(TestKeys.Mask(key), file, state);

    /// <summary>ODEUS004, saying <paramref name="what"/> is in the browser; CORS is named only for an Odeus key or endpoint.</summary>
    public static DiagnosticResult Odeus004(int location, string what, bool odeus = false) =>
        Diagnostic<BrowserHostedKeyAnalyzer>("ODEUS004").WithLocation(location)
            .WithArguments(what, odeus ? "users can read the key and CORS blocks Odeus" : "users can read the key");

    /// <summary>ODEUS005 for <paramref name="client"/>, which <paramref name="says"/> (one of <see cref="Odeus005Says"/>).</summary>
    public static DiagnosticResult Odeus005(int location, string client, string says) =>
        Diagnostic<KeyToOtherEndpointAnalyzer>("ODEUS005").WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments(client, says);

    /// <summary>What ODEUS005 says of where the key goes.</summary>
    public static class Odeus005Says
    {
        public const string Missing = "has no endpoint, so it goes to api.openai.com: set an Odeus endpoint";

        public const string Http = "travels unencrypted over http://: use https://";

        public static string OtherHost(string host) => NotOdeus($"'{host}'");

        public static string NotOdeus(string where) =>
            where.StartsWith('\'') ? $"is sent to {where}, which is not Odeus: send it only to odeus.ai and revoke it" : $"is sent to {where}: send it only to odeus.ai and revoke it";
    }

    /// <summary>ODEUS006 on the secret file <paramref name="path"/> holding no key, named <paramref name="file"/>, saying <paramref name="state"/>.</summary>
    public static DiagnosticResult Odeus006(string path, string file, string state) =>
        Diagnostic<SecretFileNotIgnoredAnalyzer>("ODEUS006").WithSpan(path, 1, 1, 1, 1).WithArguments(file, string.Empty, state);

    /// <summary>ODEUS006 on the first key of a secret file, <paramref name="held"/> naming its keys masked.</summary>
    public static DiagnosticResult Odeus006(int location, string file, string held, string state) =>
        Diagnostic<SecretFileNotIgnoredAnalyzer>("ODEUS006").WithLocation(location).WithArguments(file, held, state);

    /// <summary>ODEUS007 for <paramref name="key"/> in the served file <paramref name="file"/>.</summary>
    public static DiagnosticResult Odeus007Key(int location, string file, string key) =>
        Diagnostic<OdeusInServedFileAnalyzer>("ODEUS007").WithLocation(location).WithArguments($"Odeus API key '{TestKeys.Mask(key)}'", file);

    /// <summary>ODEUS007 for an Odeus API URL on <paramref name="host"/> in the served file <paramref name="file"/>.</summary>
    public static DiagnosticResult Odeus007Url(int location, string file, string host = "api.odeus.ai") =>
        Diagnostic<OdeusInServedFileAnalyzer>("ODEUS007").WithLocation(location).WithArguments($"Odeus API URL '{host}'", file);

    /// <summary>
    /// The read of <paramref name="variable"/> a fix writes in place of a key, failing clearly when it is unset: on one
    /// line, or, where that line would pass 120 characters, with <c>?? throw</c> on the next line at <paramref name="breakAt"/> spaces.
    /// </summary>
    public static string EnvironmentRead(string variable, int? breakAt = null) =>
        $"Environment.GetEnvironmentVariable(\"{variable}\"){LineBreak(breakAt)}?? throw new InvalidOperationException(\"{variable} is not set.\")";

    /// <summary>The read of the configuration value <paramref name="key"/> through <paramref name="configuration"/> a fix writes in place of a key.</summary>
    public static string ConfigurationRead(string configuration, string key, int? breakAt = null) =>
        $"{configuration}[\"{key}\"]{LineBreak(breakAt)}?? throw new InvalidOperationException(\"{key} is not set.\")";

    /// <summary>The one reader of <paramref name="variable"/> a fix declares in a type whose members are at <paramref name="indent"/> spaces.</summary>
    public static string Reader(string name, string variable, int indent = 4) =>
        $"private static string {name} => {EnvironmentRead(variable, indent + 4)};";

    /// <summary>The same, as the local function a fix declares after top-level statements.</summary>
    public static string LocalReader(string name, string variable) =>
        $"static string {name}() => {EnvironmentRead(variable, 4)};";

    private static string LineBreak(int? indent) => indent is { } spaces ? "\n" + new string(' ', spaces) : " ";

    private static DiagnosticResult LiteralKey(string value, string parameter, string client, string variable) =>
        Diagnostic<LiteralKeyToClientAnalyzer>("ODEUS002").WithArguments($"The literal API key '{MaskOfLiteral(value)}'", parameter, InMessage(client), $"read it from the {variable} environment variable");

    /// <summary>How ODEUS002 names what takes the key: a client in quotes, or a request as it is (<c>an OpenAI request</c>).</summary>
    private static string InMessage(string client) => client.StartsWith("an ", StringComparison.Ordinal) ? client : $"'{client}'";

    /// <summary>How ODEUS002 shows a literal that is not an Odeus key: its first four characters.</summary>
    private static string MaskOfLiteral(string value) => value.Length <= 4 ? value : value[..4] + "\u2026";

    /// <summary>The descriptor's ID, default severity and message format, as the analyzer declares them.</summary>
    private static DiagnosticResult Diagnostic<TAnalyzer>(string id)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        CSharpAnalyzerVerifier<TAnalyzer>.Diagnostic(id);
}
