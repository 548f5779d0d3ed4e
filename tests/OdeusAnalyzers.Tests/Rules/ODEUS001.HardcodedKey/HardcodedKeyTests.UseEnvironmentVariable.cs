using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.HardcodedKeyAnalyzer,
    OdeusAnalyzers.CodeFixes.HardcodedKeyCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// ODEUS001's "Read the key from ODEUS_API_KEY" fix where the key is replaced in place: every kind of literal and where
// it stands, language versions, nullable code, the odeus.environment_variable option, Fix All.
public sealed partial class HardcodedKeyTests
{
    [Fact]
    public Task LiteralArgument_ReadsEnvironmentAndAddsUsing() => Verify.VerifyCodeFixAsync($$"""
        using System.ClientModel;

        class C
        {
            ApiKeyCredential Create() => new ApiKeyCredential("{|#0:{{Key}}|}");
        }
        """, $$"""
        using System;
        using System.ClientModel;

        class C
        {
            ApiKeyCredential Create() => new ApiKeyCredential({{ReadAt(8)}});
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task ExistingUsingSystem_NotDuplicated() => Verify.VerifyCodeFixAsync($$"""
        using System;

        class C
        {
            void M()
            {
                var key = "{|#0:{{Key}}|}"; // the key
                Console.WriteLine(key.Length);
            }
        }
        """, $$"""
        using System;

        class C
        {
            void M()
            {
                var key = {{ReadAt(12)}}; // the key
                Console.WriteLine(key.Length);
            }
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task OpenAIClientWithOdeusEndpoint_ReadsEnvironment() => Verify.VerifyCodeFixAsync($$"""
        using System;
        using System.ClientModel;
        using OpenAI;

        class Program
        {
            static OpenAIClient Create() => new OpenAIClient(
                new ApiKeyCredential("{|#0:{{Key}}|}"),
                new OpenAIClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });
        }
        """, $$"""
        using System;
        using System.ClientModel;
        using OpenAI;

        class Program
        {
            static OpenAIClient Create() => new OpenAIClient(
                new ApiKeyCredential({{ReadAt(12)}}),
                new OpenAIClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task KeyInsideLongerLiteral_InterpolatesOnlyTheKey() => Verify.VerifyCodeFixAsync($$"""
        class C
        {
            string Header() => "Bearer {|#0:{{Key}}|}";
        }
        """, $$"""
        using System;

        class C
        {
            string Header() => $"Bearer {OdeusApiKey}";

            {{Reader()}}
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task JsonInRegularLiteral_EscapesBraces() => Verify.VerifyCodeFixAsync($$$"""
        class C
        {
            string Body() => "{\"apiKey\":\"{|#0:{{{Key}}}|}\"}";
        }
        """, $$$"""
        using System;

        class C
        {
            string Body() => $"{{\"apiKey\":\"{OdeusApiKey}\"}}";

            {{{Reader()}}}
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task JsonInVerbatimLiteral_StaysVerbatim() => Verify.VerifyCodeFixAsync($$$"""
        class C
        {
            string Body() => @"{""apiKey"": ""{|#0:{{{Key}}}|}""}";
        }
        """, $$$"""
        using System;

        class C
        {
            string Body() => $@"{{""apiKey"": ""{OdeusApiKey}""}}";

            {{{Reader()}}}
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task JsonInMultiLineRawLiteral_StaysRaw() => Verify.VerifyCodeFixAsync($$$""""
        class C
        {
            string Body() => """
                {"apiKey": "{|#0:{{{Key}}}|}"}
                """;
        }
        """", $$$""""
        using System;

        class C
        {
            string Body() => $$"""
                {"apiKey": "{{OdeusApiKey}}"}
                """;

            {{{Reader()}}}
        }
        """", Odeus001(0, Key));

    [Fact]
    public Task WholeRawLiteral_BecomesTheRead() => Verify.VerifyCodeFixAsync($$""""
        class C
        {
            string Key() => """{|#0:{{Key}}|}""";
        }
        """", $$"""
        using System;

        class C
        {
            string Key() => {{ReadAt(8)}};
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task Utf8Literal_KeepsItsType() => Verify.VerifyCodeFixAsync($$"""
        class C
        {
            int Length() => "{|#0:{{Key}}|}"u8.Length;
            System.ReadOnlySpan<byte> Header => "Bearer {|#1:{{Other}}|}"u8;
        }
        """, $$"""
        using System;
        using System.Text;

        class C
        {
            int Length() => new ReadOnlySpan<byte>(Encoding.UTF8.GetBytes(OdeusApiKey)).Length;
            System.ReadOnlySpan<byte> Header => new ReadOnlySpan<byte>(Encoding.UTF8.GetBytes($"Bearer {OdeusApiKey}"));

            {{Reader()}}
        }
        """, Odeus001(0, Key), Odeus001(1, Other));

    [Fact]
    public Task InterpolatedTextPart_GetsAHole() => Verify.VerifyCodeFixAsync($$"""
        class C
        {
            string Header(string user) => $"user={user}; key={|#0:{{Key}}|}";
        }
        """, $$"""
        using System;

        class C
        {
            string Header(string user) => $"user={user}; key={OdeusApiKey}";

            {{Reader()}}
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task TwoKeysInOneLiteral_FixedTogether() => Verify.VerifyCodeFixAsync($$"""
        class C
        {
            string Both() => "{|#0:{{Key}}|},{|#1:{{Key}}|}";
        }
        """, $$"""
        using System;

        class C
        {
            string Both() => $"{OdeusApiKey},{OdeusApiKey}";

            {{Reader()}}
        }
        """, Odeus001(0, Key), Odeus001(1, Key));

    [Fact]
    public Task ConstantConcatenation_BecomesTheRead() => Verify.VerifyCodeFixAsync($$"""
        class C
        {
            string Key() => {|#0:"{{TestKeys.Prefix}}" + "{{Key.Substring(6)}}"|};
        }
        """, $$"""
        using System;

        class C
        {
            string Key() => {{ReadAt(8)}};
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task OperandOfConcatenation_IsParenthesized() => Verify.VerifyCodeFixAsync($$"""
        class C
        {
            string Header(string scheme) => scheme + " " + "{|#0:{{Key}}|}";
        }
        """, $$"""
        using System;

        class C
        {
            string Header(string scheme) => scheme + " " + ({{ReadAt(8)}});
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task CollectionExpressionElement_ReplacedInPlace() => Verify.VerifyCodeFixAsync($$"""
        class C
        {
            string[] Keys() => ["{|#0:{{Key}}|}"];
        }
        """, $$"""
        using System;

        class C
        {
            string[] Keys() => [{{ReadAt(8)}}];
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task ConditionalBranch_IsParenthesized() => Verify.VerifyCodeFixAsync($$"""
        class C
        {
            string Key(bool local) => local ? "not-needed" : "{|#0:{{Key}}|}";
        }
        """, $$"""
        using System;

        class C
        {
            string Key(bool local) => local ? "not-needed" : ({{ReadAt(8)}});
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task SwitchArmNamedArgumentAndInitializers_ReplacedInPlace() => Verify.VerifyCodeFixAsync($$"""
        using System.Collections.Generic;

        class C
        {
            string Pick(int n) => n switch { 0 => "{|#0:{{Key}}|}", _ => "" };

            string Named() => string.Concat(str0: "{|#1:{{Key}}|}", str1: "");

            Dictionary<string, string> Headers() => new() { ["Authorization"] = "Bearer {|#2:{{Key}}|}" };

            Dictionary<string, string> Others() => new() { { "api-key", "{|#3:{{Key}}|}" } };
        }
        """, $$"""
        using System;
        using System.Collections.Generic;

        class C
        {
            string Pick(int n) => n switch { 0 => OdeusApiKey, _ => "" };

            string Named() => string.Concat(str0: OdeusApiKey, str1: "");

            Dictionary<string, string> Headers() => new() { ["Authorization"] = $"Bearer {OdeusApiKey}" };

            Dictionary<string, string> Others() => new() { { "api-key", OdeusApiKey } };

            {{Reader()}}
        }
        """, Odeus001(0, Key), Odeus001(1, Key), Odeus001(2, Key), Odeus001(3, Key));

    [Fact]
    public Task VerbatimAndRawInterpolatedText_KeepTheirForm() => Verify.VerifyCodeFixAsync($$$""""
        class C
        {
            string A(string v) => $@"Bearer {|#0:{{{Key}}}|}\{v}";

            string B(string v) => $$"""{"key": "{|#1:{{{Key}}}|}", "v": "{{v}}"}""";
        }
        """", $$$$""""
        using System;

        class C
        {
            string A(string v) => $@"Bearer {OdeusApiKey}\{v}";

            string B(string v) => $$"""{"key": "{{OdeusApiKey}}", "v": "{{v}}"}""";

            {{{{Reader()}}}}
        }
        """", Odeus001(0, Key), Odeus001(1, Key));

    [Fact]
    public Task InstanceField_ReplacedInPlace() => Verify.VerifyCodeFixAsync($$"""
        class Service
        {
            private readonly string _key = "{|#0:{{Key}}|}";
        }
        """, $$"""
        using System;

        class Service
        {
            private readonly string _key = {{ReadAt(8)}};
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task LambdaInStaticField_ReplacedInPlace() => Verify.VerifyCodeFixAsync($$"""
        static class Config
        {
            public static readonly System.Func<string> GetKey = () => "{|#0:{{Key}}|}";
        }
        """, $$"""
        using System;

        static class Config
        {
            public static readonly System.Func<string> GetKey = () => {{ReadAt(8)}};
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task TopLevelStatements_KeepCompiling()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                var key = "{|#0:{{Key}}|}";
                System.Console.WriteLine(key.Length);
                """,
            FixedCode = $$"""
                using System;

                var key = {{ReadAt(4)}};
                System.Console.WriteLine(key.Length);
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Odeus001(0, Key));
        return test.RunAsync();
    }

    [Fact]
    public Task NullableEnabled_NoWarning()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                #nullable enable
                class C
                {
                    string Key() => "{|#0:{{Key}}|}";
                }
                """,
            FixedCode = $$"""
                #nullable enable
                using System;

                class C
                {
                    string Key() => {{ReadAt(8)}};
                }
                """,
        };
        test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
        test.ExpectedDiagnostics.Add(Odeus001(0, Key));
        return test.RunAsync();
    }

    [Fact]
    public Task LanguageVersion73_KeepsCompiling()
    {
        var test = new Verify.Test
        {
            LanguageVersion = LanguageVersion.CSharp7_3,
            TestCode = $$"""
                class C
                {
                    const string Key = "{|#0:{{Key}}|}";
                    string Header = "Bearer {|#1:{{Other}}|}";
                    string Use() { return Key; }
                }
                """,
            FixedCode = $$"""
                using System;

                class C
                {
                    static string Key => OdeusApiKey;
                    string Header = $"Bearer {OdeusApiKey}";
                    string Use() { return Key; }

                    {{Reader()}}
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Odeus001(0, Key));
        test.ExpectedDiagnostics.Add(Odeus001(1, Other));
        return test.RunAsync();
    }

    [Fact]
    public Task ConfiguredVariable_IsRead()
    {
        const string variable = "MY_TEAM_ODEUS_KEY";
        var test = new Verify.Test
        {
            TestCode = $$"""
                class C { string k = "{|#0:{{Key}}|}"; }
                """,
            FixedCode = $$"""
                using System;

                class C { string k = {{EnvironmentRead(variable, 4)}}; }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"""
            root = true

            [*.cs]
            odeus.environment_variable = {variable}
            """));
        test.ExpectedDiagnostics.Add(Odeus001(0, Key, variable));
        return test.RunAsync();
    }

    [Fact]
    public Task FixAllInSolution_FixesEveryProject()
    {
        var test = new Verify.Test();
        test.TestState.AdditionalProjects["Second"].AdditionalReferences.AddRange(Verifiers.TestReferences.All);
        test.FixedState.AdditionalProjects["Second"].AdditionalReferences.AddRange(Verifiers.TestReferences.All);
        test.TestState.Sources.Add($$"""
            class A { string k = "{|#0:{{Key}}|}"; }
            """);
        test.TestState.AdditionalProjects["Second"].Sources.Add($$"""
            class B { string k = "{|#1:{{Other}}|}"; }
            """);
        test.TestState.ExpectedDiagnostics.Add(Odeus001(0, Key));
        test.TestState.ExpectedDiagnostics.Add(Odeus001(1, Other));
        test.FixedState.Sources.Add($$"""
            using System;

            class A { string k = {{ReadAt(4)}}; }
            """);
        test.FixedState.AdditionalProjects["Second"].Sources.Add($$"""
            using System;

            class B { string k = {{ReadAt(4)}}; }
            """);
        return test.RunAsync();
    }
}
