using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers.Tests.Verifiers;

/// <summary>The .NET 10 reference assemblies plus the real AI SDK assemblies the test project references.</summary>
internal static class TestReferences
{
    public static readonly IReadOnlyList<MetadataReference> All = Create();

    private static List<MetadataReference> Create()
    {
        var references = new List<MetadataReference>(Basic.Reference.Assemblies.Net100.References.All);
        foreach (var assembly in new[]
        {
            typeof(OpenAI.OpenAIClient).Assembly,
            typeof(System.ClientModel.ApiKeyCredential).Assembly,
            typeof(Azure.AzureKeyCredential).Assembly,
            typeof(Azure.AI.OpenAI.AzureOpenAIClient).Assembly,
            typeof(Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions).Assembly,
            typeof(Microsoft.SemanticKernel.AzureOpenAIKernelBuilderExtensions).Assembly,
            typeof(Microsoft.SemanticKernel.IKernelBuilder).Assembly,
            typeof(Microsoft.SemanticKernel.Kernel).Assembly,
            typeof(Microsoft.Extensions.AI.OpenAIClientExtensions).Assembly,
            typeof(Microsoft.Extensions.AI.IChatClient).Assembly,
            typeof(Betalgo.Ranul.OpenAI.OpenAIOptions).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
            typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly,
            typeof(Microsoft.Extensions.Hosting.IHostApplicationBuilder).Assembly,
            typeof(Microsoft.Extensions.Options.IOptions<>).Assembly,
        })
        {
            references.Add(MetadataReference.CreateFromFile(assembly.Location));
        }

        return references;
    }
}
