using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.LiteralKeyToClientAnalyzer,
    OdeusAnalyzers.CodeFixes.LiteralKeyToClientCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// ODEUS002 on raw HTTP authorization headers, and on a key variable set from code.
public sealed partial class LiteralKeyToClientTests
{
    [Fact]
    public Task AuthorizationHeaders_Report() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;

        class C
        {
            void M()
            {
                var client = new HttpClient { BaseAddress = new Uri("https://api.openai.com/v1/") };
                var request = new HttpRequestMessage(HttpMethod.Post, "https://api.openai.com/v1/chat/completions");
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {|#0:"bearer-parameter"|});
                client.DefaultRequestHeaders.Add("Authorization", {|#1:"Bearer header-value"|});
                request.Headers.TryAddWithoutValidation("authorization", {|#2:"bearer lower-case"|});
                request.Headers.Add("api-key", {|#3:"azure-style"|});
            }
        }
        """,
        Odeus002At(0, "bearer-parameter", Authorization, OpenAIRequest),
        Odeus002At(1, "header-value", Authorization, OpenAIRequest),
        Odeus002At(2, "lower-case", Authorization, OpenAIRequest),
        Odeus002At(3, "azure-style", "api-key", OpenAIRequest));

    [Fact]
    public Task BearerHeaderBuiltFromAConstant_ReportsTheConstant() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Net.Http;

        class C
        {
            private const string Token = {|#0:"from-const"|};

            void M()
            {
                var client = new HttpClient { BaseAddress = new Uri("https://api.openai.com/v1/") };
                var token = {|#1:"from-local"|};
                client.DefaultRequestHeaders.Add("Authorization", "Bearer " + Token);
                client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"Bearer {token}");
            }
        }
        """,
        Odeus002At(0, "from-const", Authorization, OpenAIRequest),
        Odeus002At(1, "from-local", Authorization, OpenAIRequest));

    [Fact]
    public Task HeaderNamesInAnyCase_Report() => Verify.VerifyAnalyzerAsync("""
        using System;
        using System.Net.Http;

        class C
        {
            void M()
            {
                var client = new HttpClient { BaseAddress = new Uri("https://contoso.openai.azure.com/") };
                client.DefaultRequestHeaders.Add("AUTHORIZATION", {|#0:"BEARER upper"|});
                client.DefaultRequestHeaders.Add("Api-Key", {|#1:"mixed"|});
                client.DefaultRequestHeaders.Add("API-key", {|#2:"odd-mix"|});
            }
        }
        """,
        Odeus002At(0, "upper", Authorization, AzureOpenAIRequest, AzureOpenAIVariable),
        Odeus002At(1, "mixed", "api-key", AzureOpenAIRequest, AzureOpenAIVariable),
        Odeus002At(2, "odd-mix", "api-key", AzureOpenAIRequest, AzureOpenAIVariable));

    [Fact]
    public Task OtherHeadersAndSchemes_NoDiagnostic() => NoDiagnostic("""
        using System.Net.Http;
        using System.Net.Http.Headers;

        class C
        {
            void M()
            {
                var client = new HttpClient { BaseAddress = new System.Uri("https://api.openai.com/v1/") };
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");
                client.DefaultRequestHeaders.Add("Accept", "application/json");
                client.DefaultRequestHeaders.Add("Authorization", "Token abc");
                client.DefaultRequestHeaders.Add("Authorization", "Bearer ");
            }
        }
        """);

    [Fact]
    public Task SetEnvironmentVariableWithAKeyName_Reports() => Verify.VerifyAnalyzerAsync("""
        using System;

        class C
        {
            void M()
            {
                Environment.SetEnvironmentVariable("OPENAI_API_KEY", {|#0:"from-code"|});
                Environment.SetEnvironmentVariable("PATH", "/usr/bin");
            }
        }
        """, Odeus002At(0, "from-code", "value", "Environment.SetEnvironmentVariable"));

    [Fact] // The variable's name through a const of the type: read from its declaration, before any binding, either way.
    public Task SetEnvironmentVariableWithAConstName_ReportsOnlyTheKeyName() => Verify.VerifyAnalyzerAsync("""
        using System;

        class C
        {
            private const string KeyName = "OPENAI_API_KEY";
            private const string TelemetryName = "OPENAI_DISABLE_TELEMETRY";

            void M()
            {
                Environment.SetEnvironmentVariable(KeyName, {|#0:"from-code"|});
                Environment.SetEnvironmentVariable(TelemetryName, "true");
            }
        }
        """,
        Odeus002At(0, "from-code", "value", "Environment.SetEnvironmentVariable"));

    [Fact] // A credential held in a readonly field is reported where its key is written; the clients given the field add nothing.
    public Task CredentialInAReadonlyField_ReportedOnceAtItsKey() => Verify.VerifyAnalyzerAsync("""
        using System.ClientModel;
        using OpenAI.Audio;

        class C
        {
            private static readonly ApiKeyCredential s_credential = new ApiKeyCredential({|#0:"hardcoded-key"|});

            AudioClient A() => new AudioClient("whisper-1", s_credential);

            AudioClient B() => new("tts-1", s_credential);
        }
        """, Odeus002At(0, "hardcoded-key", "key", "ApiKeyCredential"));
}
