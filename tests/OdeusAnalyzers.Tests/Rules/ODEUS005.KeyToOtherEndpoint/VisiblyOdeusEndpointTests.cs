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

    [Theory] // A credential in a client's arguments goes where the client goes (here a target-typed new).
    [InlineData("https://api.odeus.ai/openai/eu/v1", true)]
    [InlineData("https://api.openai.com/v1", false)]
    public void CredentialInTheClientsArguments_FollowsTheClient(string url, bool skipped)
    {
        var tree = CSharpSyntaxTree.ParseText($$"""
            class Factory
            {
                static readonly System.Uri Endpoint = new("{{url}}");

                OpenAI.Chat.ChatClient C(string model = "gpt-4o-mini") => new(model, new System.ClientModel.ApiKeyCredential(ApiKey), new OpenAI.OpenAIClientOptions { Endpoint = Endpoint });

                private static string ApiKey => System.Environment.GetEnvironmentVariable("ODEUS_API_KEY")!;
            }
            """);
        var credential = tree.GetRoot().DescendantNodes().OfType<ObjectCreationExpressionSyntax>().Single(c => c.Type.ToString().EndsWith("ApiKeyCredential", StringComparison.Ordinal));

        Assert.Equal(skipped, VisiblyOdeusEndpoint.Has(credential, tree, CancellationToken.None));
    }
}

/// <summary>Which members ODEUS005 takes for holders of an Odeus key: a read of the Odeus variable is one, an Odeus URL is not.</summary>
public sealed class OdeusKeyMentionsTests
{
    [Fact]
    public void OdeusUrlField_IsNoHolder_OdeusVariableProperty_Is()
    {
        var tree = CSharpSyntaxTree.ParseText("""
            class Clients
            {
                private static readonly System.Uri Endpoint = new("https://api.odeus.ai/openai/eu/v1");

                private static string ApiKey => System.Environment.GetEnvironmentVariable("ODEUS_API_KEY")!;

                private static string ConfigKey => "Odeus:ApiKey";
            }
            """);
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.AdditionalText>.Empty);

        var holders = OdeusKeyMentions.Of(tree, options, CancellationToken.None).Holders;

        Assert.Equal(new[] { "ApiKey", "ConfigKey" }, holders.Order(StringComparer.Ordinal));
    }
}
