using Microsoft.CodeAnalysis.Testing;
using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.KeyToOtherEndpointAnalyzer,
    OdeusAnalyzers.CodeFixes.KeyToOtherEndpointCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// An Odeus key held in a const or static readonly field, an auto-property or a property's getter, in the same file or
// another: the shapes ODEUS001's and ODEUS002's fixes write. The members that build the clients never name Odeus
// themselves, so only the member declarations can tell.
public sealed partial class KeyToOtherEndpointTests
{
    private static readonly string ReadOdeusVariable = EnvironmentRead(OdeusVariable);

    [Fact]
    public Task KeyInMembersOfTheSameFile_Reported()
    {
        var key = TestKeys.Odeus(62);
        return Verify.VerifyAnalyzerAsync($$"""
            using System;
            using System.ClientModel;
            using Microsoft.Extensions.Configuration;
            using OpenAI;
            using OpenAI.Chat;

            class C
            {
                private const string Literal = "{{key}}";
                private static readonly string ReadOnce = Environment.GetEnvironmentVariable("ODEUS_API_KEY")!;
                internal static string AutoProperty { get; } = Environment.GetEnvironmentVariable("ODEUS_API_KEY") ?? "";
                private static string ApiKey => {{ReadOdeusVariable}};
                private readonly IConfiguration configuration;

                C(IConfiguration configuration) => this.configuration = configuration;

                public string FromConfiguration { get { return configuration["Odeus:ApiKey"]!; } }

                void M()
                {
                    var a = new {|#0:ChatClient|}("gpt-4o", Literal);
                    var b = new {|#1:ChatClient|}("gpt-4o", ReadOnce);
                    var c = new {|#2:ChatClient|}("gpt-4o", new ApiKeyCredential(AutoProperty));
                    var credential = new ApiKeyCredential(ApiKey);
                    var d = new {|#3:OpenAIClient|}(credential);
                    var e = new ChatClient("gpt-4o", new ApiKeyCredential(FromConfiguration), new OpenAIClientOptions { Endpoint = {|#4:new Uri("https://api.openai.com/v1")|} });
                }
            }
            """,
            Odeus005(0, "ChatClient", Odeus005Says.Missing),
            Odeus005(1, "ChatClient", Odeus005Says.Missing),
            Odeus005(2, "ChatClient", Odeus005Says.Missing),
            Odeus005(3, "OpenAIClient", Odeus005Says.Missing),
            Odeus005(4, "ChatClient", Odeus005Says.OtherHost("api.openai.com")));
    }

    [Fact]
    public Task KeyInMembersOfAnotherFile_Reported()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System;
                using Microsoft.SemanticKernel;
                using OpenAI.Chat;

                class Clients
                {
                    ChatClient Chat() => new {|#0:ChatClient|}("gpt-4o", Secrets.ApiKey);

                    ChatClient Settable() => new {|#1:ChatClient|}("gpt-4o", Secrets.Settable);

                    void Register(IKernelBuilder kernel)
                    {
                        var key = Secrets.Shared;
                        kernel.AddOpenAIChatCompletion("gpt-4o", {|#2:new Uri("https://openrouter.ai/api/v1")|}, key);
                    }
                }
                """,
        };
        test.TestState.Sources.Add(("Secrets.cs", $$"""
            #nullable enable
            using System;

            static class Secrets
            {
                public static string ApiKey => {{ReadOdeusVariable}};

                private static string? cachedSettable;

                public static string Settable { get => cachedSettable ?? (cachedSettable = {{ReadOdeusVariable}}); set => cachedSettable = value; }

                internal static readonly string Shared = Environment.GetEnvironmentVariable("ODEUS_API_KEY")!;
            }
            """));
        test.ExpectedDiagnostics.Add(Odeus005(0, "ChatClient", Odeus005Says.Missing));
        test.ExpectedDiagnostics.Add(Odeus005(1, "ChatClient", Odeus005Says.Missing));
        test.ExpectedDiagnostics.Add(Odeus005(2, "AddOpenAIChatCompletion", Odeus005Says.OtherHost("openrouter.ai")));
        return test.RunAsync();
    }

    [Fact]
    public Task OtherKeysInMembersAndOdeusEndpoints_NoDiagnostic() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.ClientModel;
        using Microsoft.SemanticKernel;
        using OpenAI;
        using OpenAI.Chat;

        static class Keys
        {
            public static string OpenAIKey => Environment.GetEnvironmentVariable("OPENAI_API_KEY")!;
            public static string OdeusNamed => Environment.GetEnvironmentVariable("OPENAI_API_KEY")!;
            public static string Key => Environment.GetEnvironmentVariable("ODEUS_API_KEY")!;
            public static string Settable { get; set; } = "";
        }

        static class Other
        {
            public static string Key => "local";
        }

        class C
        {
            private const string OdeusEndpoint = "https://api.odeus.ai/openai/eu/v1";

            void M(IKernelBuilder kernel)
            {
                var a = new ChatClient("gpt-4o", Keys.OpenAIKey);
                var b = new ChatClient("gpt-4o", Keys.OdeusNamed);
                var c = new ChatClient("gpt-4o", Other.Key);
                var d = new ChatClient("gpt-4o", Keys.Settable);
                var e = new ChatClient("gpt-4o", new ApiKeyCredential(Keys.Key), new OpenAIClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });
                kernel.AddOpenAIChatCompletion("gpt-4o", new Uri(OdeusEndpoint), Keys.Key);
                var endpoint = "https://eu.odeus.ai/v1";
                var f = new ChatClient("gpt-4o", new ApiKeyCredential(Keys.Key), new OpenAIClientOptions { Endpoint = new Uri(endpoint) });
            }
        }
        """);

    [Fact]
    public Task LoopbackInStringLocalsAndFields_ReportedAsLiteralsAre() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.ClientModel;
        using OpenAI;
        using OpenAI.Chat;

        class C
        {
            private static readonly string Gateway = "http://127.0.0.1:4000/v1";

            void M()
            {
                var key = Environment.GetEnvironmentVariable("ODEUS_API_KEY")!;
                var baseUrl = "http://localhost:5273/v1";
                var options = new OpenAIClientOptions { Endpoint = new Uri(baseUrl) };
                var a = new OpenAIClient(new ApiKeyCredential(key), {|#0:options|});
                var b = new ChatClient("gpt-4o", new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = {|#1:new Uri(Gateway)|} });
                var c = new ChatClient("gpt-4o", new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = {|#2:new Uri("http://localhost:5273/v1")|} });
            }
        }
        """,
        Odeus005(0, "OpenAIClient", Odeus005Says.OtherHost("localhost")),
        Odeus005(1, "ChatClient", Odeus005Says.OtherHost("127.0.0.1")),
        Odeus005(2, "ChatClient", Odeus005Says.OtherHost("localhost")));

    [Fact]
    public Task KeysInMembers_FixAllGivesEveryClientTheEndpoint() => Fix($$"""
        using System;
        using Microsoft.SemanticKernel;
        using OpenAI.Chat;

        class C
        {
            private static string ApiKey => {{ReadOdeusVariable}};

            ChatClient Chat() => new {|#0:ChatClient|}("gpt-4o", ApiKey);

            void Register(IKernelBuilder kernel) => kernel.{|#1:AddOpenAIChatCompletion|}("gpt-4o", ApiKey);
        }
        """, $$"""
        using System;
        using System.ClientModel;
        using Microsoft.SemanticKernel;
        using OpenAI;
        using OpenAI.Chat;

        class C
        {
            private static string ApiKey => {{ReadOdeusVariable}};

            ChatClient Chat() => new ChatClient("gpt-4o", new ApiKeyCredential(ApiKey), new OpenAIClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });

            void Register(IKernelBuilder kernel) => kernel.AddOpenAIChatCompletion("gpt-4o", new Uri("https://api.odeus.ai/openai/eu/v1"), ApiKey);
        }
        """, "AddOdeusEndpoint",
        Odeus005(0, "ChatClient", Odeus005Says.Missing),
        Odeus005(1, "AddOpenAIChatCompletion", Odeus005Says.Missing));

    [Fact]
    public Task MultiLineOptions_GetTheEndpointOnItsOwnLine() => Fix($$"""
        using System;
        using System.ClientModel;
        using OpenAI;

        class C
        {
            OpenAIClient First() => new {|#0:OpenAIClient|}(
                new ApiKeyCredential({{ReadKey}}),
                new OpenAIClientOptions
                {
                    UserAgentApplicationId = "app"
                });

            OpenAIClient Second() => new {|#1:OpenAIClient|}(
                new ApiKeyCredential({{ReadKey}}),
                new OpenAIClientOptions
                {
                    UserAgentApplicationId = "app", // trailing comma
                });
        }
        """, $$"""
        using System;
        using System.ClientModel;
        using OpenAI;

        class C
        {
            OpenAIClient First() => new OpenAIClient(
                new ApiKeyCredential({{ReadKey}}),
                new OpenAIClientOptions
                {
                    UserAgentApplicationId = "app",
                    Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1")
                });

            OpenAIClient Second() => new OpenAIClient(
                new ApiKeyCredential({{ReadKey}}),
                new OpenAIClientOptions
                {
                    UserAgentApplicationId = "app", // trailing comma
                    Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1"),
                });
        }
        """, "AddOdeusEndpoint",
        Odeus005(0, "OpenAIClient", Odeus005Says.Missing),
        Odeus005(1, "OpenAIClient", Odeus005Says.Missing));

    /// <summary>ODEUS001's fix turns a key constant into a read of ODEUS_API_KEY; the client it reaches still has no endpoint, and ODEUS005 says so.</summary>
    [Fact]
    public async Task HardcodedKeyFixed_ThenReportedForTheEndpoint()
    {
        var key = TestKeys.Odeus(63);
        var other = TestKeys.Odeus(64);
        const string Fixed = """
            using System;
            using System.ClientModel;
            using OpenAI.Chat;

            class C
            {
                private static string ApiKey => OdeusApiKey;

                private static readonly Lazy<ChatClient> lazyShared = new Lazy<ChatClient>(() => new <0>ChatClient</>("gpt-4o", new ApiKeyCredential(OdeusApiKey)));

                private static ChatClient Shared => lazyShared.Value;

                ChatClient Create() => new <1>ChatClient</>("gpt-4o", ApiKey);

                READER
            }
            """;
        await Verifiers.CSharpCodeFixVerifier<HardcodedKeyAnalyzer, CodeFixes.HardcodedKeyCodeFixProvider>.VerifyCodeFixAsync($$"""
            using System;
            using System.ClientModel;
            using OpenAI.Chat;

            class C
            {
                private const string ApiKey = "{|#0:{{key}}|}";

                private static readonly ChatClient Shared = new ChatClient("gpt-4o", new ApiKeyCredential("{|#1:{{other}}|}"));

                ChatClient Create() => new ChatClient("gpt-4o", ApiKey);
            }
            """,
            Fixed.Replace("READER", Reader("OdeusApiKey", OdeusVariable)).Replace("<0>", "").Replace("<1>", "").Replace("</>", ""),
            Odeus001(0, key),
            Odeus001(1, other));

        await Verify.VerifyAnalyzerAsync(
            Fixed.Replace("READER", Reader("OdeusApiKey", OdeusVariable)).Replace("<0>", "{|#0:").Replace("<1>", "{|#1:").Replace("</>", "|}"),
            Odeus005(0, "ChatClient", Odeus005Says.Missing),
            Odeus005(1, "ChatClient", Odeus005Says.Missing));
    }
}
