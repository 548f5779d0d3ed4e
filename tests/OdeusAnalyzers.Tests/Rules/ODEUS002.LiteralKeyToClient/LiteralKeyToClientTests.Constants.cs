using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.LiteralKeyToClientAnalyzer,
    OdeusAnalyzers.CodeFixes.LiteralKeyToClientCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// What counts as a constant for ODEUS002: const chains, constants in other files, members written only with constants;
// values computed at run time do not count. Where a test's fix is tested with the fixes, the test checks the analyzer
// alone and names that fix test.
public sealed partial class LiteralKeyToClientTests
{
    [Fact]
    public Task ConstFieldAndConstLocal_ReportedWhereWritten() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class C
        {
            private const string Key = {|#0:"const-field"|};

            void M()
            {
                const string local = {|#1:"const-local"|};
                var a = new ChatClient("gpt-4o", Key);
                var b = new ChatClient("gpt-4o", local);
            }
        }
        """,
        Odeus002At(0, "const-field", "apiKey", "ChatClient"),
        Odeus002At(1, "const-local", "apiKey", "ChatClient"));

    [Fact] // Its fix: ConstInAnotherFile_FixedInThatFile.
    public Task ConstInAnotherFile_ReportedInThatFile() => VerifyFilesAsync(
        new[]
        {
            """
            using OpenAI.Chat;

            class C
            {
                ChatClient Create() => {|#1:new ChatClient("gpt-4o", Secrets.Key)|};
            }
            """,
            """
            static class Secrets
            {
                public const string Key = {|#0:"other-file"|};
            }
            """,
        },
        Odeus002("other-file", "apiKey", "ChatClient"));

    [Fact]
    public Task InternalPropertyAssignedInAThirdFile_ReportedWhereAssigned()
    {
        const string Factory = """
            using OpenAI.Chat;

            class Factory
            {
                ChatClient Create() => new ChatClient("gpt-4o", Settings.Key);
            }
            """;
        const string Settings = """
            static class Settings
            {
                internal static string Key { get; set; } = "";
            }
            """;
        return VerifyFilesAsync(
            new[]
            {
                Factory,
                Settings,
                """
                static class Setup
                {
                    internal static void Init() => Settings.Key = {|#0:"set-in-setup"|};
                }
                """,
            },
            new[]
            {
                Factory,
                Settings,
                $$"""
                using System;

                static class Setup
                {
                    internal static void Init() => Settings.Key = {{EnvironmentRead(OpenAIVariable, 8)}};
                }
                """,
            },
            Odeus002At(0, "set-in-setup", "apiKey", "ChatClient"));
    }

    [Fact]
    public Task ConstChainThroughTheClientsFile_ReportedWhereTheValueIsWritten()
    {
        // Factory.Key needs Settings.ApiKey to stay a constant, so no fix is offered.
        var sources = new[]
        {
            """
            using OpenAI.Chat;

            class Factory
            {
                private const string Key = Settings.ApiKey;

                ChatClient Create() => new ChatClient("gpt-4o", Key);
            }
            """,
            """
            static class Settings
            {
                internal const string ApiKey = {|#0:"chained-across-files"|};
            }
            """,
        };
        return VerifyFilesAsync(sources, sources, Odeus002At(0, "chained-across-files", "apiKey", "ChatClient"));
    }

    [Fact] // Its fix: LiteralArgument_ReadsOpenAIVariable.
    public Task TargetTypedClientInAFileThatOnlyDeclaresIt_Reported() => VerifyFilesAsync(
        new[]
        {
            "global using OpenAI.Chat;",
            """
            class C
            {
                private readonly ChatClient _client = new("gpt-4o", {|#0:"declared-only"|});
            }
            """,
        },
        Odeus002At(0, "declared-only", "apiKey", "ChatClient"));

    [Fact]
    public Task PrivateFieldOfAPartialClassInAnotherFile_Reported()
    {
        const string Client = """
            using OpenAI.Chat;

            partial class Service
            {
                ChatClient Create() => new ChatClient("gpt-4o", _key);
            }
            """;
        return VerifyFilesAsync(
            new[]
            {
                Client,
                """
                partial class Service
                {
                    private readonly string _key = {|#0:"partial-field"|};
                }
                """,
            },
            new[]
            {
                Client,
                $$"""
                using System;

                partial class Service
                {
                    private readonly string _key = {{EnvironmentRead(OpenAIVariable, 8)}};
                }
                """,
            },
            Odeus002At(0, "partial-field", "apiKey", "ChatClient"));
    }

    [Fact]
    public Task ConstantExpressionsAndConstChains_ReportedAtTheExpression() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class C
        {
            private const string A = B;
            private const string B = {|#0:"chained"|};
            private const string Part = "part";

            void M()
            {
                var a = new ChatClient("gpt-4o", A);
                var b = new ChatClient("gpt-4o", {|#1:"con" + "catenated"|});
                var c = new ChatClient("gpt-4o", {|#2:$"{Part}-interpolated"|});
            }
        }
        """,
        Odeus002At(0, "chained", "apiKey", "ChatClient"),
        Odeus002At(1, "concatenated", "apiKey", "ChatClient"),
        Odeus002At(2, "part-interpolated", "apiKey", "ChatClient"));

    [Fact]
    public Task LocalWithOnlyConstantAssignments_EachConstantReported() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class C
        {
            ChatClient Create(bool production)
            {
                string key = {|#0:"development"|};
                if (production)
                {
                    key = {|#1:"production"|};
                }

                return new ChatClient("gpt-4o", key);
            }
        }
        """,
        Odeus002At(0, "development", "apiKey", "ChatClient"),
        Odeus002At(1, "production", "apiKey", "ChatClient"));

    [Fact]
    public Task PrivateAndInternalMembersWithOnlyConstantAssignments_Report() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;

        class C
        {
            private static readonly string StaticField = {|#0:"static-field"|};
            private string _field;
            internal string Property { get; set; } = {|#1:"property"|};

            C() => _field = {|#2:"assigned-in-constructor"|};

            void M()
            {
                var a = new ChatClient("gpt-4o", StaticField);
                var b = new ChatClient("gpt-4o", _field);
                var c = new ChatClient("gpt-4o", this.Property);
            }
        }

        class D
        {
            void M(C c) => c.Property = {|#3:"set-elsewhere"|};
        }
        """,
        Odeus002At(0, "static-field", "apiKey", "ChatClient"),
        Odeus002At(1, "property", "apiKey", "ChatClient"),
        Odeus002At(2, "assigned-in-constructor", "apiKey", "ChatClient"),
        Odeus002At(3, "set-elsewhere", "apiKey", "ChatClient"));

    [Fact]
    public Task ValuesComputedAtRunTime_NoDiagnostic() => NoDiagnostic("""
        using System;
        using Microsoft.Extensions.Configuration;
        using OpenAI.Chat;

        class C
        {
            public static string PublicField = "public";
            private string _assignedFromParameter = "initial";
            private string _passedByRef = "initial";

            void M(string apiKey, IConfiguration configuration, string[] args)
            {
                _assignedFromParameter = apiKey;
                Touch(ref _passedByRef);
                string local = "initial";
                local += "-suffix";

                var a = new ChatClient("gpt-4o", apiKey);
                var b = new ChatClient("gpt-4o", Environment.GetEnvironmentVariable("OPENAI_API_KEY")!);
                var c = new ChatClient("gpt-4o", configuration["OpenAI:ApiKey"]!);
                var d = new ChatClient("gpt-4o", args[0]);
                var e = new ChatClient("gpt-4o", PublicField);
                var f = new ChatClient("gpt-4o", _assignedFromParameter);
                var g = new ChatClient("gpt-4o", _passedByRef);
                var h = new ChatClient("gpt-4o", local);
                var i = new ChatClient("gpt-4o", apiKey.Trim() + "x");
            }

            static void Touch(ref string value) { }
        }
        """);

    [Fact]
    public Task ConstantSharedByTwoClients_ReportedOnceNamingTheFirstWithBothClients() => Verify.VerifyAnalyzerAsync("""
        using OpenAI.Chat;
        using OpenAI.Embeddings;

        class C
        {
            private const string Key = {|#0:"shared"|};

            void M()
            {
                var chat = {|#1:new ChatClient("gpt-4o", Key)|};
                var embeddings = {|#2:new EmbeddingClient("text-embedding-3-small", Key)|};
            }
        }
        """, Odeus002("shared", "apiKey", "ChatClient").WithLocation(2));
}
