using System.Collections.Generic;
using System.Linq;

namespace OdeusAnalyzers;

/// <summary>
/// Where an API key enters each AI SDK, as data: every rule that looks for clients, and the text search that finds
/// their calls, read this table (see docs/architecture.md). A test checks it against the SDKs' public API.
/// </summary>
internal static class SinkTable
{
    public const string OpenAIAssembly = "OpenAI";
    public const string AzureOpenAIAssembly = "Azure.AI.OpenAI";
    public const string KernelOpenAIAssembly = "Microsoft.SemanticKernel.Connectors.OpenAI";
    public const string KernelAzureOpenAIAssembly = "Microsoft.SemanticKernel.Connectors.AzureOpenAI";
    public const string ExtensionsAIOpenAIAssembly = "Microsoft.Extensions.AI.OpenAI";
    public const string BetalgoAssembly = "Betalgo.Ranul.OpenAI";

    public const string OpenAIToken = "b4187f3e65366280";
    public const string AzureToken = "92742159e12e44c8";
    public const string KernelToken = "f300afd708cefcd3";
    public const string MicrosoftToken = "31bf3856ad364e35";

    /// <summary>Header names that carry a key, written in any case.</summary>
    public static readonly string[] HeaderWords = { "authorization", "api-key" };

    /// <summary>
    /// Words of which a file that sends a header to an AI host names one, in any case: in the host (<c>api.odeus.ai</c>,
    /// <c>api.openai.com</c>, <c>*.openai.azure.com</c>; the <c>odeus.endpoint</c> option is always an odeus.ai host)
    /// or in a name. A header in another file is not bound.
    /// </summary>
    public static readonly string[] AiHostWords = { "odeus", "openai" };

    public static readonly IReadOnlyList<SinkRow> Rows = new[]
    {
        // OpenAI 2.x: every client's constructor; each client type's name ends in Client.
        new SinkRow(OpenAIAssembly, OpenAIToken, null, ".ctor", "apiKey", ClientFamily.OpenAI, SinkKind.Sdk, new[] { "Client" }),

        // Azure.AI.OpenAI: its client takes the key only in a credential object.
        new SinkRow(AzureOpenAIAssembly, AzureToken, null, ".ctor", null, ClientFamily.AzureOpenAI, SinkKind.Sdk, new[] { "Client" }),

        // Semantic Kernel connectors and Microsoft.Extensions.AI.OpenAI: every member with an apiKey, all named for OpenAI.
        new SinkRow(KernelOpenAIAssembly, KernelToken, null, null, "apiKey", ClientFamily.OpenAI, SinkKind.Sdk, new[] { "OpenAI" }),
        new SinkRow(KernelAzureOpenAIAssembly, KernelToken, null, null, "apiKey", ClientFamily.AzureOpenAI, SinkKind.Sdk, new[] { "OpenAI" }),
        new SinkRow(ExtensionsAIOpenAIAssembly, MicrosoftToken, null, null, "apiKey", ClientFamily.OpenAI, SinkKind.Sdk, new[] { "OpenAI" }),

        // Betalgo: every member with an apiKey, and the options' ApiKey property.
        new SinkRow(BetalgoAssembly, string.Empty, null, null, "apiKey", ClientFamily.OpenAI, SinkKind.Sdk, new[] { "OpenAI", "Client" }),
        new SinkRow(BetalgoAssembly, string.Empty, "Betalgo.Ranul.OpenAI.OpenAIOptions", "ApiKey", "ApiKey", ClientFamily.OpenAI, SinkKind.Sdk, new[] { "ApiKey" }, isProperty: true),

        // Credential objects, followed to the client they are passed to.
        new SinkRow("System.ClientModel", AzureToken, "System.ClientModel.ApiKeyCredential", ".ctor", "key", ClientFamily.OpenAI, SinkKind.Sdk, new[] { "Credential" }),
        new SinkRow("System.ClientModel", AzureToken, "System.ClientModel.ApiKeyCredential", "Update", "key", ClientFamily.OpenAI, SinkKind.Sdk, new[] { "Update" }),
        new SinkRow("Azure.Core", AzureToken, "Azure.AzureKeyCredential", ".ctor", "key", ClientFamily.AzureOpenAI, SinkKind.Sdk, new[] { "Credential" }),
        new SinkRow("Azure.Core", AzureToken, "Azure.AzureKeyCredential", "Update", "key", ClientFamily.AzureOpenAI, SinkKind.Sdk, new[] { "Update" }),

        // HTTP: a Bearer token, or an Authorization or api-key header written by hand; the family is the default, the
        // request's destination decides (HeaderDestination).
        new SinkRow("System.Net.Http", null, "System.Net.Http.Headers.AuthenticationHeaderValue", ".ctor", "parameter", ClientFamily.OpenAI, SinkKind.Http, new[] { "AuthenticationHeaderValue" }, firstArgumentWords: new[] { "Bearer" }),
        new SinkRow("System.Net.Http", null, "System.Net.Http.Headers.HttpHeaders", "Add", "value", ClientFamily.OpenAI, SinkKind.Http, HeaderWords, firstArgumentWords: HeaderWords),
        new SinkRow("System.Net.Http", null, "System.Net.Http.Headers.HttpHeaders", "TryAddWithoutValidation", "value", ClientFamily.OpenAI, SinkKind.Http, HeaderWords, firstArgumentWords: HeaderWords),

        // A key put into the process environment from code; found through the type, wherever the target framework puts it.
        new SinkRow("System.Runtime", null, "System.Environment", "SetEnvironmentVariable", "value", ClientFamily.OpenAI, SinkKind.Environment, new[] { "SetEnvironmentVariable" }, firstArgumentWords: new[] { "KEY" }),
    };

    /// <summary>The credential types, whose key is followed to the client they are passed to.</summary>
    public static readonly HashSet<string> CredentialTypeNames = new(System.StringComparer.Ordinal) { "ApiKeyCredential", "AzureKeyCredential" };

    /// <summary>The simple names of the rows' assemblies, to skip every other reference at once.</summary>
    public static readonly HashSet<string> AssemblyNames = new(Rows.Select(row => row.Assembly), System.StringComparer.Ordinal);
}
