using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers.Tests;

/// <summary>The syntax check that lets ODEUS005 skip binding a client whose own code gives it an https:// Odeus endpoint.</summary>
public sealed class VisiblyOdeusEndpointTests
{
    private static bool Has(string members)
    {
        var tree = CSharpSyntaxTree.ParseText($$"""
            using System;
            using System.ClientModel;
            using OpenAI;

            class Factory
            {
            {{members}}
            }
            """);
        var call = tree.GetRoot().DescendantNodes().OfType<ObjectCreationExpressionSyntax>()
            .First(c => c.Type is IdentifierNameSyntax { Identifier.ValueText: "OpenAIClient" });
        return VisiblyOdeusEndpoint.Has(call, tree, CancellationToken.None);
    }

    [Theory]
    [InlineData("""OpenAIClient C(string key) => new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });""")]
    [InlineData("""static readonly Uri Endpoint = new("https://eu.api.odeus.ai/v1"); OpenAIClient C(string key) => new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = Endpoint });""")]
    [InlineData("""static Uri Endpoint => new Uri("https://api.odeus.ai/openai/eu/v1"); OpenAIClient C(string key) => new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = Endpoint });""")]
    public void OdeusHttpsEndpointInTheCallOrItsType_Skipped(string members) => Assert.True(Has(members));

    [Theory]
    [InlineData("""OpenAIClient C(string key) => new OpenAIClient(new ApiKeyCredential(key));""")]
    [InlineData("""OpenAIClient C(string key) => new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = new Uri("http://api.odeus.ai/openai/eu/v1") });""")]
    [InlineData("""OpenAIClient C(string key) => new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = new Uri("https://api.openai.com/v1") });""")]
    [InlineData("""static readonly Uri Endpoint = new("https://api.odeus.ai/v1"); OpenAIClient C(string key, Uri Endpoint) => new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = Endpoint });""")]
    [InlineData("""OpenAIClient C(string key) => new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = Endpoint }); class Other { static readonly Uri Endpoint = new("https://api.odeus.ai/v1"); }""")]
    [InlineData("""static Uri Endpoint = Pick(); static Uri Pick() => null!; OpenAIClient C(string key) => new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = Endpoint });""")]
    public void NoVisibleOdeusHttpsEndpoint_Bound(string members) => Assert.False(Has(members));
}
