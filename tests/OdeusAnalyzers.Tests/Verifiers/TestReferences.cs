using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers.Tests.Verifiers;

/// <summary>The .NET 10 reference assemblies plus the real AI SDK assemblies the test project references.</summary>
internal static class TestReferences
{
    public static readonly IReadOnlyList<MetadataReference> All = Create();

    private static List<MetadataReference> Create()
    {
        var references = new List<MetadataReference>(Basic.Reference.Assemblies.Net100.References.All);
        references.Add(MetadataReference.CreateFromFile(typeof(OpenAI.OpenAIClient).Assembly.Location));
        references.Add(MetadataReference.CreateFromFile(typeof(System.ClientModel.ApiKeyCredential).Assembly.Location));
        return references;
    }
}
