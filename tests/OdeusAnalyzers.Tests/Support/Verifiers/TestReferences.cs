using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers.Tests.Verifiers;

/// <summary>The .NET 10 reference assemblies plus the real AI SDK assemblies (and what their APIs expose) that the test project references.</summary>
internal static class TestReferences
{
    private static readonly string[] SdkAssemblyPrefixes =
    {
        "OpenAI.", "System.ClientModel.", "System.Memory.Data.", "Azure.", "Betalgo.", "Microsoft.SemanticKernel.", "Microsoft.Extensions.",
    };

    public static readonly IReadOnlyList<MetadataReference> All = Create();

    private static List<MetadataReference> Create()
    {
        var references = new List<MetadataReference>(Basic.Reference.Assemblies.Net100.References.All);

        // Touch the SDK types the tests compile against, so a package that stops providing them fails the build here.
        _ = new[]
        {
            typeof(OpenAI.OpenAIClient), typeof(System.ClientModel.ApiKeyCredential), typeof(Azure.AzureKeyCredential),
            typeof(Azure.AI.OpenAI.AzureOpenAIClient), typeof(Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions),
            typeof(Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions), typeof(Microsoft.Extensions.AI.OpenAIClientExtensions),
            typeof(Betalgo.Ranul.OpenAI.OpenAIOptions), typeof(Microsoft.Extensions.Configuration.IConfiguration),
            typeof(Microsoft.Extensions.Hosting.IHostApplicationBuilder),
        };
        foreach (var path in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (SdkAssemblyPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        return references;
    }
}
