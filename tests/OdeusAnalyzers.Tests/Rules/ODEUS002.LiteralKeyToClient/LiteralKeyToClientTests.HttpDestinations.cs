using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.LiteralKeyToClientAnalyzer,
    OdeusAnalyzers.CodeFixes.LiteralKeyToClientCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// ODEUS002 on HTTP headers: reported only where the request visibly goes to Odeus, OpenAI or Azure OpenAI, and read
// from that provider's variable.
public sealed partial class LiteralKeyToClientTests
{
    private const string Authorization = "Authorization";
    private const string OdeusRequest = "an Odeus request";
    private const string OpenAIRequest = "an OpenAI request";
    private const string AzureOpenAIRequest = "an Azure OpenAI request";
    private const string AzureOpenAIVariable = "AZURE_OPENAI_API_KEY";

    [Fact]
    public Task BaseAddressAsConstant_ReportsForOdeus() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Net.Http;

        class Gateway
        {
            private const string Endpoint = "https://api.odeus.ai/openai/eu/v1/";

            void Configure(HttpClient http)
            {
                http.BaseAddress = new(Endpoint);
                http.DefaultRequestHeaders.Add("Authorization", {|#0:"Bearer const-address"|});
            }
        }
        """, Odeus002At(0, "const-address", Authorization, OdeusRequest, OdeusVariable));

    [Fact]
    public Task BaseAddressFromAUriLocal_Reports() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;

        class C
        {
            HttpClient Create()
            {
                var endpoint = new Uri("https://api.openai.com/v1/");
                var http = new HttpClient();
                http.BaseAddress = endpoint;
                var authorization = new AuthenticationHeaderValue("Bearer", {|#0:"uri-local"|});
                http.DefaultRequestHeaders.Authorization = authorization;
                return http;
            }
        }
        """, Odeus002At(0, "uri-local", Authorization, OpenAIRequest));

    [Fact]
    public Task RequestMessageUri_Reports() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;

        class C
        {
            HttpRequestMessage[] Requests()
            {
                using var chat = new HttpRequestMessage(HttpMethod.Post, "https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions");
                chat.Headers.Add("api-key", {|#0:"request-uri"|});
                var models = new HttpRequestMessage
                {
                    RequestUri = new Uri("https://api.odeus.ai/openai/eu/v1/models"),
                    Headers = { Authorization = new AuthenticationHeaderValue("Bearer", {|#1:"initializer"|}) },
                };
                return new[] { chat, models };
            }
        }
        """,
        Odeus002At(0, "request-uri", "api-key", AzureOpenAIRequest, AzureOpenAIVariable),
        Odeus002At(1, "initializer", Authorization, OdeusRequest, OdeusVariable));

    [Fact]
    public Task RelativeRequestSentByAClientWithBaseAddress_Reports() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Threading.Tasks;

        class C
        {
            private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.openai.com/v1/") };

            async Task Send(HttpClient github)
            {
                using var chat = new HttpRequestMessage(HttpMethod.Post, "chat/completions");
                chat.Headers.Authorization = new AuthenticationHeaderValue("Bearer", {|#0:"relative-local"|});
                await _http.SendAsync(chat);
                await _http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "models") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", {|#1:"relative-inline"|}) } });

                github.BaseAddress = new Uri("https://api.github.com/");
                var issues = new HttpRequestMessage(HttpMethod.Get, "repos/o/r/issues");
                issues.Headers.Add("Authorization", "Bearer github-token");
                await github.SendAsync(issues);
            }
        }
        """,
        Odeus002At(0, "relative-local", Authorization, OpenAIRequest),
        Odeus002At(1, "relative-inline", Authorization, OpenAIRequest));

    [Fact]
    public Task FieldWithBaseAddress_Reports() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Net.Http;

        class C
        {
            private readonly HttpClient _odeus = new() { BaseAddress = new Uri("https://api.odeus.ai/openai/eu/v1/") };
            private readonly HttpClient _openAI;

            C()
            {
                _openAI = new HttpClient();
                _openAI.BaseAddress = new Uri("https://api.openai.com/v1/");
            }

            void Authorize()
            {
                _odeus.DefaultRequestHeaders.Add("Authorization", {|#0:"Bearer field-initializer"|});
                this._openAI.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", {|#1:"Bearer set-in-constructor"|});
            }
        }
        """,
        Odeus002At(0, "field-initializer", Authorization, OdeusRequest, OdeusVariable),
        Odeus002At(1, "set-in-constructor", Authorization, OpenAIRequest));

    [Fact]
    public Task NamedClientRegistration_Reports() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Net.Http;
        using Microsoft.Extensions.DependencyInjection;

        static class Registrations
        {
            public static void Add(IServiceCollection services)
            {
                services.AddHttpClient("odeus", client =>
                {
                    client.BaseAddress = new Uri("https://api.odeus.ai/openai/eu/v1/");
                    client.DefaultRequestHeaders.Add("Authorization", {|#0:"Bearer in-registration"|});
                });
                services.AddHttpClient("openai", (provider, client) => client.BaseAddress = new Uri("https://api.openai.com/v1/"));
            }
        }

        class Caller
        {
            HttpClient Create(IHttpClientFactory factory)
            {
                var client = factory.CreateClient("openai");
                client.DefaultRequestHeaders.Add("Authorization", {|#1:"Bearer from-factory"|});
                return client;
            }
        }
        """,
        Odeus002At(0, "in-registration", Authorization, OdeusRequest, OdeusVariable),
        Odeus002At(1, "from-factory", Authorization, OpenAIRequest));

    [Fact]
    public Task TypedClientRegistration_Reports() => VerifyFilesAsync(
        new[]
        {
            """
            using System;
            using Microsoft.Extensions.DependencyInjection;

            static class Registrations
            {
                private const string OpenAIBase = "https://api.openai.com/v1/";

                public static void Add(IServiceCollection services)
                {
                    services.AddHttpClient<OpenAIGateway>(client => client.BaseAddress = new Uri(OpenAIBase));
                    services.AddHttpClient<IAzureGateway, AzureOpenAIGateway>(client => client.BaseAddress = new Uri("https://contoso.openai.azure.com/"));
                    services.AddHttpClient<OdeusGateway>(client => { client.BaseAddress = new Uri("https://api.odeus.ai/openai/eu/v1/"); });
                }
            }
            """,
            """
            using System.Net.Http;
            using System.Net.Http.Headers;

            class OpenAIGateway
            {
                public OpenAIGateway(HttpClient http) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {|#0:"typed-constructor"|});
            }

            interface IAzureGateway { }

            class AzureOpenAIGateway : IAzureGateway
            {
                private readonly HttpClient _http;

                public AzureOpenAIGateway(HttpClient http) => _http = http;

                void Authorize() => _http.DefaultRequestHeaders.Add("api-key", {|#1:"typed-field"|});
            }

            class OdeusGateway(HttpClient http)
            {
                void Authorize() => http.DefaultRequestHeaders.Add("Authorization", {|#2:"Bearer primary-constructor"|});
            }
            """,
        },
        Odeus002At(0, "typed-constructor", Authorization, OpenAIRequest),
        Odeus002At(1, "typed-field", "api-key", AzureOpenAIRequest, AzureOpenAIVariable),
        Odeus002At(2, "primary-constructor", Authorization, OdeusRequest, OdeusVariable));

    [Fact]
    public Task OtherOrUnknownDestinations_NoDiagnostic() => NoDiagnostic("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;

        // The OpenAI client lives elsewhere; these requests do not go to it.
        class C
        {
            private readonly HttpClient _github = new() { BaseAddress = new Uri("https://api.github.com/") };

            void M(HttpClient unknown, Uri fromConfiguration, IHttpClientFactory factory)
            {
                _github.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "github-token");

                var stripe = new HttpRequestMessage(HttpMethod.Post, "https://api.stripe.com/v1/charges");
                stripe.Headers.Add("Authorization", "Bearer stripe-secret-key");

                unknown.DefaultRequestHeaders.Add("Authorization", "Bearer unknown-destination");
                new HttpClient { BaseAddress = fromConfiguration }.DefaultRequestHeaders.Add("api-key", "run-time-address");
                new HttpClient { BaseAddress = new Uri("https://api.openai.com.example.net/") }.DefaultRequestHeaders.Add("api-key", "look-alike-host");
                factory.CreateClient("unregistered").DefaultRequestHeaders.Add("Authorization", "Bearer unregistered");
            }
        }
        """);

    [Fact] // Only a file that names an AI host is looked at: the registration's file does, the client's does not.
    public Task TypedClientInAFileNamingNoAIHost_NoDiagnostic() => VerifyFilesAsync(new[]
    {
        """
        using System;
        using Microsoft.Extensions.DependencyInjection;

        static class Registrations
        {
            public static void Add(IServiceCollection services) =>
                services.AddHttpClient<Gateway>(client => client.BaseAddress = new Uri("https://api.openai.com/v1/"));
        }
        """,
        """
        using System.Net.Http;

        class Gateway
        {
            public Gateway(HttpClient http) => http.DefaultRequestHeaders.Add("Authorization", "Bearer not-looked-at");
        }
        """,
    });

    [Fact]
    public Task EachDestination_ReadsItsProvidersVariable() => Fix("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;

        class C
        {
            void M()
            {
                var odeus = new HttpClient { BaseAddress = new Uri("https://api.odeus.ai/openai/eu/v1/") };
                odeus.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {|#0:"odeus-token"|});
                var openAI = new HttpClient { BaseAddress = new Uri("https://api.openai.com/v1/") };
                openAI.DefaultRequestHeaders.Add("Authorization", {|#1:"Bearer openai-token"|});
                var azure = new HttpClient { BaseAddress = new Uri("https://contoso.openai.azure.com/") };
                azure.DefaultRequestHeaders.Add("api-key", {|#2:"azure-token"|});
            }
        }
        """, $$"""
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;

        class C
        {
            void M()
            {
                var odeus = new HttpClient { BaseAddress = new Uri("https://api.odeus.ai/openai/eu/v1/") };
                odeus.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {{EnvironmentRead(OdeusVariable, 12)}});
                var openAI = new HttpClient { BaseAddress = new Uri("https://api.openai.com/v1/") };
                openAI.DefaultRequestHeaders.Add("Authorization", $"Bearer {OpenAIApiKey}");
                var azure = new HttpClient { BaseAddress = new Uri("https://contoso.openai.azure.com/") };
                azure.DefaultRequestHeaders.Add("api-key", {{EnvironmentRead(AzureOpenAIVariable, 12)}});
            }

            {{Reader("OpenAIApiKey", OpenAIVariable)}}
        }
        """,
        UseEnvironmentVariable,
        Reported("odeus-token", OdeusRequest, Authorization, OdeusVariable, location: 0),
        Reported("openai-token", OpenAIRequest, Authorization, location: 1),
        Reported("azure-token", AzureOpenAIRequest, "api-key", AzureOpenAIVariable, location: 2));

    [Fact]
    public Task HeaderToOdeus_ReadsTheConfiguredOdeusVariable()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Net.Http;

                class C
                {
                    void M(HttpClient http)
                    {
                        http.BaseAddress = new System.Uri("https://eu.gateway.odeus.ai/v1/");
                        http.DefaultRequestHeaders.Add("Authorization", {|#0:"Bearer configured"|});
                    }
                }
                """,
            FixedCode = $$"""
                using System;
                using System.Net.Http;

                class C
                {
                    void M(HttpClient http)
                    {
                        http.BaseAddress = new System.Uri("https://eu.gateway.odeus.ai/v1/");
                        http.DefaultRequestHeaders.Add("Authorization", $"Bearer {TeamOdeusKey}");
                    }

                    {{Reader("TeamOdeusKey", "TEAM_ODEUS_KEY")}}
                }
                """,
            CodeActionEquivalenceKey = UseEnvironmentVariable,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            odeus.environment_variable = TEAM_ODEUS_KEY
            odeus.endpoint = https://eu.gateway.odeus.ai/v1
            """));
        test.ExpectedDiagnostics.Add(Reported("configured", OdeusRequest, Authorization, "TEAM_ODEUS_KEY"));
        return test.RunAsync();
    }
}
