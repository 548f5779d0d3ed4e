using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.LiteralKeyToClientAnalyzer,
    OdeusAnalyzers.CodeFixes.LiteralKeyToClientCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// ODEUS002 on the OpenAI SDK's clients and credentials, and the variable the message names for each.
public sealed partial class LiteralKeyToClientTests
{
    [Fact]
    public Task ChatClientLiteral_ReportsOnTheLiteralWithTheClient() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class C
        {
            ChatClient Create() => {|#1:new ChatClient("gpt-4o", {|#0:"not-needed"|})|};
        }
        """, Odeus002("not-needed", "apiKey", "ChatClient"));

    [Theory]
    [InlineData("OpenAI.OpenAIClient", "")]
    [InlineData("OpenAI.Embeddings.EmbeddingClient", "\"text-embedding-3-small\", ")]
    [InlineData("OpenAI.Audio.AudioClient", "\"whisper-1\", ")]
    [InlineData("OpenAI.Images.ImageClient", "\"dall-e-3\", ")]
    [InlineData("OpenAI.Moderations.ModerationClient", "\"omni-moderation-latest\", ")]
    [InlineData("OpenAI.Files.OpenAIFileClient", "")]
    [InlineData("OpenAI.Models.OpenAIModelClient", "")]
    [InlineData("OpenAI.Responses.ResponsesClient", "")]
    [InlineData("OpenAI.Assistants.AssistantClient", "")]
    [InlineData("OpenAI.Batch.BatchClient", "")]
    [InlineData("OpenAI.FineTuning.FineTuningClient", "")]
    [InlineData("OpenAI.VectorStores.VectorStoreClient", "")]
    [InlineData("OpenAI.Realtime.RealtimeClient", "")]
    public Task EveryOpenAIClientConstructor_Reports(string client, string model) => Verify.VerifyAnalyzerAsync($$"""
        #pragma warning disable OPENAI001, OPENAI002
        class C
        {
            object Create() => {|#1:new {{client}}({{model}}{|#0:"hardcoded-key"|})|};
        }
        """, Odeus002("hardcoded-key", "apiKey", client.Split('.').Last()));

    [Fact]
    public Task NamedOutOfOrderAndTargetTypedArguments_Report() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class C
        {
            void M()
            {
                var a = new ChatClient(apiKey: {|#0:"key-a"|}, model: "gpt-4o");
                ChatClient b = new(model: "gpt-4o", apiKey: {|#1:"key-b"|});
            }
        }
        """,
        Odeus002At(0, "key-a", "apiKey", "ChatClient"),
        Odeus002At(1, "key-b", "apiKey", "ChatClient"));

    [Fact]
    public Task CredentialPassedToClient_NamesTheClient() => Verify.VerifyAnalyzerAsync("""
        using System.ClientModel;
        using OpenAI;

        class C
        {
            OpenAIClient Create() => {|#1:new OpenAIClient(new ApiKeyCredential({|#0:"placeholder"|}))|};
        }
        """, Odeus002("placeholder", "credential", "OpenAIClient"));

    [Fact]
    public Task CredentialInALocalPassedOn_NamesTheClient() => Verify.VerifyAnalyzerAsync("""
        using System.ClientModel;
        using OpenAI;
        using OpenAI.Chat;

        class C
        {
            ChatClient Create()
            {
                var credential = new ApiKeyCredential({|#0:"placeholder"|});
                return {|#1:new ChatClient("gpt-4o", credential, new OpenAIClientOptions())|};
            }
        }
        """, Odeus002("placeholder", "credential", "ChatClient"));

    [Fact]
    public Task CredentialSharedByTwoClients_BothAreAdditionalLocations() => Verify.VerifyAnalyzerAsync("""
        using System.ClientModel;
        using OpenAI.Chat;
        using OpenAI.Embeddings;

        class C
        {
            void M()
            {
                var credential = new ApiKeyCredential({|#0:"shared-credential"|});
                var chat = {|#1:new ChatClient("gpt-4o", credential)|};
                var embeddings = {|#2:new EmbeddingClient("text-embedding-3-small", credential)|};
            }
        }
        """, Odeus002("shared-credential", "credential", "ChatClient").WithLocation(2));

    [Fact]
    public Task CredentialAlone_AndUpdate_Report() => Verify.VerifyAnalyzerAsync("""
        using System.ClientModel;

        class C
        {
            void M()
            {
                var credential = {|#1:new ApiKeyCredential({|#0:"first"|})|};
                {|#3:credential.Update({|#2:"second"|})|};
            }
        }
        """,
        Odeus002("first", "key", "ApiKeyCredential"),
        Odeus002("second", "key", "ApiKeyCredential.Update", location: 2, clientLocation: 3));

    [Fact]
    public Task AzureOpenAIClient_ReadsTheAzureVariable() => Verify.VerifyAnalyzerAsync("""
        using System;
        using Azure;
        using Azure.AI.OpenAI;

        class C
        {
            AzureOpenAIClient Create() =>
                {|#1:new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential({|#0:"azure-key"|}))|};
        }
        """, Odeus002("azure-key", "credential", "AzureOpenAIClient", "AZURE_OPENAI_API_KEY"));

    [Fact]
    public Task AzureKeyCredentialAlone_ReadsTheAzureVariable() => Verify.VerifyAnalyzerAsync("""
        using Azure;

        class C
        {
            AzureKeyCredential Create() => {|#1:new AzureKeyCredential({|#0:"azure-key"|})|};
        }
        """, Odeus002("azure-key", "key", "AzureKeyCredential", "AZURE_OPENAI_API_KEY"));

    [Theory]
    [InlineData("https://api.odeus.ai/openai/eu/v1")]
    [InlineData("https://EU.API.ODEUS.AI/v1")]
    public Task OdeusEndpoint_ReadsTheOdeusVariable(string endpoint) => Verify.VerifyAnalyzerAsync($$"""
        using System;
        using System.ClientModel;
        using OpenAI;
        using OpenAI.Chat;

        class C
        {
            ChatClient Create() => {|#1:new ChatClient("gpt-4o", new ApiKeyCredential({|#0:"placeholder"|}), new OpenAIClientOptions { Endpoint = new Uri("{{endpoint}}") })|};
        }
        """, Odeus002("placeholder", "credential", "ChatClient", "ODEUS_API_KEY"));

    [Fact]
    public Task OdeusPrefixedPlaceholder_ReadsTheOdeusVariable() => Verify.VerifyAnalyzerAsync("""
        using OpenAI;

        class C
        {
            OpenAIClient Create() => {|#1:new OpenAIClient({|#0:"sk-ld-your-key"|})|};
        }
        """, Odeus002("sk-ld-your-key", "apiKey", "OpenAIClient", "ODEUS_API_KEY"));
}
