using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.LiteralKeyToClientAnalyzer,
    OdeusAnalyzers.CodeFixes.LiteralKeyToClientCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// ODEUS002 on Semantic Kernel, Microsoft.Extensions.AI and Betalgo.
public sealed partial class LiteralKeyToClientTests
{
    [Fact]
    public Task KernelBuilderExtension_ReducedAndStaticForms_Report() => Verify.VerifyAnalyzerAsync("""
        using Microsoft.SemanticKernel;

        class C
        {
            void M(IKernelBuilder builder)
            {
                builder.AddOpenAIChatCompletion("gpt-4o", {|#0:"reduced"|});
                OpenAIKernelBuilderExtensions.AddOpenAIChatCompletion(builder, "gpt-4o", {|#1:"static"|});
                builder.AddOpenAIChatCompletion(apiKey: {|#2:"named"|}, modelId: "gpt-4o");
            }
        }
        """,
        Odeus002At(0, "reduced", "apiKey", "AddOpenAIChatCompletion"),
        Odeus002At(1, "static", "apiKey", "AddOpenAIChatCompletion"),
        Odeus002At(2, "named", "apiKey", "AddOpenAIChatCompletion"));

    [Fact]
    public Task KernelBuilderWithOdeusEndpoint_ReadsTheOdeusVariable() => Verify.VerifyAnalyzerAsync("""
        using System;
        using Microsoft.SemanticKernel;

        class C
        {
            void M(IKernelBuilder builder) =>
                builder.AddOpenAIChatCompletion("gpt-4o", new Uri("https://api.odeus.ai/openai/eu/v1"), {|#0:"placeholder"|});
        }
        """, Odeus002At(0, "placeholder", "apiKey", "AddOpenAIChatCompletion", "ODEUS_API_KEY"));

    [Fact]
    public Task ServiceCollectionAndConnectorServices_Report() => Verify.VerifyAnalyzerAsync("""
        #pragma warning disable SKEXP0010
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.Connectors.OpenAI;
        using Microsoft.SemanticKernel.Connectors.AzureOpenAI;

        class C
        {
            void M(IServiceCollection services, IKernelBuilder builder)
            {
                services.AddOpenAIChatClient("gpt-4o", {|#0:"chat-client"|});
                services.AddOpenAIChatCompletion("gpt-4o", {|#1:"chat-completion"|});
                var service = new OpenAIChatCompletionService("gpt-4o", {|#2:"service"|});
                var image = new OpenAITextToImageService({|#3:"image"|});
                builder.AddAzureOpenAIChatCompletion("deployment", "https://contoso.openai.azure.com/", {|#4:"azure"|});
                var azure = new AzureOpenAIChatCompletionService("deployment", "https://contoso.openai.azure.com/", {|#5:"azure-service"|});
            }
        }
        """,
        Odeus002At(0, "chat-client", "apiKey", "AddOpenAIChatClient"),
        Odeus002At(1, "chat-completion", "apiKey", "AddOpenAIChatCompletion"),
        Odeus002At(2, "service", "apiKey", "OpenAIChatCompletionService"),
        Odeus002At(3, "image", "apiKey", "OpenAITextToImageService"),
        Odeus002At(4, "azure", "apiKey", "AddAzureOpenAIChatCompletion", "AZURE_OPENAI_API_KEY"),
        Odeus002At(5, "azure-service", "apiKey", "AzureOpenAIChatCompletionService", "AZURE_OPENAI_API_KEY"));

    [Fact]
    public Task ExtensionsAIRealtimeClient_Reports() => Verify.VerifyAnalyzerAsync("""
        #pragma warning disable MEAI001
        using Microsoft.Extensions.AI;

        class C
        {
            object Create() => {|#1:new OpenAIRealtimeClient({|#0:"realtime"|}, "gpt-realtime")|};
            object Session() => new OpenAIRealtimeClientSession({|#2:"session"|}, "gpt-realtime");
        }
        """,
        Odeus002("realtime", "apiKey", "OpenAIRealtimeClient"),
        Odeus002At(2, "session", "apiKey", "OpenAIRealtimeClientSession"));

    [Fact]
    public Task BetalgoOptions_InitializerAssignmentAndRegistration_Report() => Verify.VerifyAnalyzerAsync("""
        using Betalgo.Ranul.OpenAI;
        using Betalgo.Ranul.OpenAI.Extensions;
        using Microsoft.Extensions.DependencyInjection;

        class C
        {
            void M(IServiceCollection services)
            {
                var options = new OpenAIOptions { ApiKey = {|#0:"initializer"|} };
                options.ApiKey = {|#1:"assignment"|};
                services.AddOpenAIService(o => o.ApiKey = {|#2:"registration"|});
                services.AddOpenAIService(o =>
                {
                    o.ApiKey = {|#3:"block"|};
                });
            }
        }
        """,
        Odeus002At(0, "initializer", "ApiKey", "OpenAIOptions"),
        Odeus002At(1, "assignment", "ApiKey", "OpenAIOptions"),
        Odeus002At(2, "registration", "ApiKey", "OpenAIOptions"),
        Odeus002At(3, "block", "ApiKey", "OpenAIOptions"));

    [Fact]
    public Task BetalgoAzureProvider_ReadsTheAzureVariable() => Verify.VerifyAnalyzerAsync("""
        using Betalgo.Ranul.OpenAI;

        class C
        {
            object Create() => new OpenAIOptions { ProviderType = ProviderType.Azure, ApiKey = {|#0:"azure"|}, ResourceName = "contoso" };
        }
        """, Odeus002At(0, "azure", "ApiKey", "OpenAIOptions", "AZURE_OPENAI_API_KEY"));

    [Fact] // Its fix: LiteralArgument_ReadsOpenAIVariable.
    public Task ClientNamespaceFromAGlobalUsing_Reports() => VerifyFilesAsync(
        new[]
        {
            "global using OpenAI.Chat;",
            """
            class C
            {
                ChatClient Create() => new ChatClient("gpt-4o", {|#0:"global-using"|});
                ChatClient TargetTyped() { ChatClient client = new("gpt-4o", {|#1:"target-typed"|}); return client; }
            }
            """,
        },
        Odeus002At(0, "global-using", "apiKey", "ChatClient"),
        Odeus002At(1, "target-typed", "apiKey", "ChatClient"));

    [Fact]
    public Task BetalgoRealtimeService_Reports() => Verify.VerifyAnalyzerAsync("""
        using Betalgo.Ranul.OpenAI.Builders;
        using Betalgo.Ranul.OpenAI.Managers;

        class C
        {
            void M()
            {
                var a = new OpenAIRealtimeService({|#0:"constructor"|});
                var b = OpenAIRealtimeService.Create({|#1:"factory"|});
                var c = new OpenAIRealtimeServiceBuilder({|#2:"builder"|});
            }
        }
        """,
        Odeus002At(0, "constructor", "apiKey", "OpenAIRealtimeService"),
        Odeus002At(1, "factory", "apiKey", "OpenAIRealtimeService.Create"),
        Odeus002At(2, "builder", "apiKey", "OpenAIRealtimeServiceBuilder"));
}
