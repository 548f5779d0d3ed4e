using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.HardcodedKeyAnalyzer,
    OdeusAnalyzers.CodeFixes.HardcodedKeyCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

/// <summary>ODEUS001's "Read the key from ODEUS_API_KEY" fix; every run also checks Fix All and that the result compiles.</summary>
public sealed class UseEnvironmentVariableCodeFixTests
{
    internal static readonly string Read = EnvironmentRead(OdeusVariable, "Odeus API key");

    private static readonly string Key = TestKeys.Odeus(5);
    private static readonly string Other = TestKeys.Odeus(6);

    /// <summary>The key at location 0 is reported, and no fix is offered: the code stays as it is.</summary>
    private static Task NoFix(string source) => Verify.VerifyCodeFixAsync(source, source, Odeus001(0, Key));

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
            ApiKeyCredential Create() => new ApiKeyCredential({{Read}});
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
                var key = {{Read}}; // the key
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
                new ApiKeyCredential({{Read}}),
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
            string Header() => $"Bearer {{{Read}}}";
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
            string Body() => $"{{\"apiKey\":\"{{{{Read}}}}\"}}";
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
            string Body() => $@"{{""apiKey"": ""{{{{Read}}}}""}}";
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
                {"apiKey": "{{{{{Read}}}}}"}
                """;
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
            string Key() => {{Read}};
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
            int Length() => new ReadOnlySpan<byte>(Encoding.UTF8.GetBytes({{Read}})).Length;
            System.ReadOnlySpan<byte> Header => new ReadOnlySpan<byte>(Encoding.UTF8.GetBytes($"Bearer {{{Read}}}"));
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
            string Header(string user) => $"user={user}; key={{{Read}}}";
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
            string Both() => $"{{{Read}}},{{{Read}}}";
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
            string Key() => {{Read}};
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
            string Header(string scheme) => scheme + " " + ({{Read}});
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task ConstFieldUsedInCode_BecomesStaticProperty() => Verify.VerifyCodeFixAsync($$"""
        using System;

        class Settings
        {
            // The key.
            public const string ApiKey = "{|#0:{{Key}}|}";

            public int Length => ApiKey.Length + nameof(ApiKey).Length;
        }
        """, $$"""
        using System;

        class Settings
        {
            // The key.
            public static string ApiKey => {{Read}};

            public int Length => ApiKey.Length + nameof(ApiKey).Length;
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task ConstFieldUsedFromAnotherFile_BecomesStaticProperty()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add($$"""
            static class Secrets
            {
                internal const string Key = "{|#0:{{Key}}|}";
            }
            """);
        test.TestState.Sources.Add("""
            class Use { string k = Secrets.Key; }
            """);
        test.TestState.ExpectedDiagnostics.Add(Odeus001(0, Key));
        test.FixedState.Sources.Add($$"""
            using System;

            static class Secrets
            {
                internal static string Key => {{Read}};
            }
            """);
        test.FixedState.Sources.Add("""
            class Use { string k = Secrets.Key; }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task ConstFieldAmongOthers_IsSplitOut() => Verify.VerifyCodeFixAsync($$"""
        class C
        {
            private const string Model = "gpt-4o", Key = "{|#0:{{Key}}|}";

            string Describe() => Model + Key;

            [System.Obsolete(Model)]
            void Old() { }
        }
        """, $$"""
        using System;

        class C
        {
            private const string Model = "gpt-4o";
            private static string Key => {{Read}};

            string Describe() => Model + Key;

            [System.Obsolete(Model)]
            void Old() { }
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task ConstUsedInAttribute_NoFix() => NoFix($$"""
        class C
        {
            const string Key = "{|#0:{{Key}}|}";

            [System.Obsolete(Key)]
            void M() { }
        }
        """);

    [Fact]
    public Task ConstUsedInSwitchCaseLabel_NoFix() => NoFix($$"""
        class C
        {
            const string Key = "{|#0:{{Key}}|}";

            int M(string s)
            {
                switch (s)
                {
                    case Key: return 1;
                    default: return 0;
                }
            }
        }
        """);

    [Fact]
    public Task ConstUsedInPatternAndDefaultValue_NoFix() => NoFix($$"""
        class C
        {
            const string Key = "{|#0:{{Key}}|}";

            bool Is(string s) => s is Key;

            void M(string key = Key) { }
        }
        """);

    [Fact]
    public Task ConstUsedInGotoCase_NoFix() => NoFix($$"""
        class C
        {
            const string Key = "{|#0:{{Key}}|}";

            int M(string s)
            {
                switch (s)
                {
                    case "a": goto case Key;
                    case Key: return 1;
                    default: return 0;
                }
            }
        }
        """);

    [Fact]
    public Task ConstUsedInListPatternAndNegatedPattern_NoFix() => NoFix($$"""
        class C
        {
            const string Key = "{|#0:{{Key}}|}";

            bool First(string[] keys) => keys is [Key, ..];

            bool Other(string key) => key is not Key;
        }
        """);

    [Fact]
    public Task ConstLocalInTopLevelStatements_BecomesPlainLocal()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                const string key = "{|#0:{{Key}}|}";
                System.Console.WriteLine(key.Length);
                """,
            FixedCode = $$"""
                using System;

                string key = {{Read}};
                System.Console.WriteLine(key.Length);
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Odeus001(0, Key));
        return test.RunAsync();
    }

    [Fact]
    public Task DocumentedConstWithModifiers_KeepsDocsAndAccess() => Verify.VerifyCodeFixAsync($$"""
        public class Base
        {
            public const string Key = "x";
        }

        public class Derived : Base
        {
            /// <summary>The key.</summary>
            protected internal new const string Key = "{|#0:{{Key}}|}";

            public string Use() => Key;
        }
        """, $$"""
        using System;

        public class Base
        {
            public const string Key = "x";
        }

        public class Derived : Base
        {
            /// <summary>The key.</summary>
            protected internal new static string Key => {{Read}};

            public string Use() => Key;
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task ConstUsedInAnotherConst_NoFix() => NoFix($$"""
        class C
        {
            const string Key = "{|#0:{{Key}}|}";
            const string Header = "Bearer " + Key;
        }
        """);

    [Fact]
    public Task LiteralInAttributeOrDefaultValue_NoFix()
    {
        var source = $$"""
            class C
            {
                [System.Obsolete("{|#0:{{Key}}|}")]
                void M(string key = "{|#1:{{Key}}|}") { }
            }
            """;
        return Verify.VerifyCodeFixAsync(source, source, Odeus001(0, Key), Odeus001(1, Key));
    }

    [Fact]
    public Task LiteralInExpressionTree_NoFix() => NoFix($$"""
        using System;
        using System.Linq.Expressions;

        class C
        {
            Expression<Func<string>> Key = () => "{|#0:{{Key}}|}";
        }
        """);

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
            string[] Keys() => [{{Read}}];
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task ConstLocal_BecomesPlainLocal() => Verify.VerifyCodeFixAsync($$"""
        using System;

        class C
        {
            void M()
            {
                const string key = "{|#0:{{Key}}|}";
                Console.WriteLine(key);
            }
        }
        """, $$"""
        using System;

        class C
        {
            void M()
            {
                string key = {{Read}};
                Console.WriteLine(key);
            }
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task ConstLocalUsedInCaseLabel_NoFix() => NoFix($$"""
        class C
        {
            int M(string s)
            {
                const string key = "{|#0:{{Key}}|}";
                return s switch { key => 1, _ => 0 };
            }
        }
        """);

    [Fact]
    public Task StaticReadonlyStringField_BecomesPropertyReadAtFirstUse() => Verify.VerifyCodeFixAsync($$"""
        using System;

        static class Config
        {
            public static readonly string ApiKey = "{|#0:{{Key}}|}";
        }
        """, $$"""
        using System;

        static class Config
        {
            public static string ApiKey => {{Read}};
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task StaticClientField_BecomesLazy() => Verify.VerifyCodeFixAsync($$"""
        using System;
        using System.ClientModel;
        using OpenAI.Chat;

        class Bot
        {
            private static readonly ChatClient Client = new ChatClient("gpt-4o", new ApiKeyCredential("{|#0:{{Key}}|}"));

            public ChatClient Get() => Client;
        }
        """, $$"""
        using System;
        using System.ClientModel;
        using OpenAI.Chat;

        class Bot
        {
            private static readonly Lazy<ChatClient> lazyClient = new Lazy<ChatClient>(() => new ChatClient("gpt-4o", new ApiKeyCredential({{Read}})));

            private static ChatClient Client => lazyClient.Value;

            public ChatClient Get() => Client;
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task StaticGetOnlyAutoProperty_BecomesExpressionBodied() => Verify.VerifyCodeFixAsync($$"""
        using System;

        static class Config
        {
            public static string ApiKey { get; } = "{|#0:{{Key}}|}";
        }
        """, $$"""
        using System;

        static class Config
        {
            public static string ApiKey => {{Read}};
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task StaticFieldAssignedElsewhere_GetsCachedSettableProperty() => Verify.VerifyCodeFixAsync($$"""
        static class Config
        {
            public static string ApiKey = "{|#0:{{Key}}|}";

            public static void Reset() => ApiKey = "";
        }
        """, $$"""
        using System;

        static class Config
        {
            private static string cachedApiKey;

            public static string ApiKey { get => cachedApiKey ?? (cachedApiKey = {{Read}}); set => cachedApiKey = value; }

            public static void Reset() => ApiKey = "";
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task StaticSettableAutoPropertyWithNullable_KeepsSetterAccess()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                #nullable enable
                static class Config
                {
                    public static string ApiKey { get; private set; } = "{|#0:{{Key}}|}";

                    public static void Use(string key) => ApiKey = key;
                }
                """,
            FixedCode = $$"""
                #nullable enable
                using System;

                static class Config
                {
                    private static string? cachedApiKey;

                    public static string ApiKey { get => cachedApiKey ?? (cachedApiKey = {{Read}}); private set => cachedApiKey = value; }

                    public static void Use(string key) => ApiKey = key;
                }
                """,
        };
        test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
        test.ExpectedDiagnostics.Add(Odeus001(0, Key));
        return test.RunAsync();
    }

    [Fact]
    public Task StaticFieldWithFieldOnlyAttribute_NoFix() => NoFix($$"""
        static class Config
        {
            [System.ThreadStatic]
            private static string Key = "{|#0:{{Key}}|}";

            public static string Get() => Key;
        }
        """);

    [Fact]
    public Task ObsoleteConst_KeepsItsAttribute() => Verify.VerifyCodeFixAsync($$"""
        static class Config
        {
            [System.Obsolete("Use the environment.")]
            public const string Key = "{|#0:{{Key}}|}";
        }
        """, $$"""
        using System;

        static class Config
        {
            [System.Obsolete("Use the environment.")]
            public static string Key => {{Read}};
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task StaticFieldPassedByReference_NoFix() => NoFix($$"""
        static class Config
        {
            public static string ApiKey = "{|#0:{{Key}}|}";

            public static void Swap(ref string other) { }

            public static void Use() => Swap(ref ApiKey);
        }
        """);

    [Fact]
    public Task StaticArrayWithInitializer_BecomesLazyArray() => Verify.VerifyCodeFixAsync($$"""
        static class Config
        {
            public static readonly string[] Keys = { "{|#0:{{Key}}|}", "{|#1:{{Other}}|}" };
        }
        """, $$"""
        using System;

        static class Config
        {
            private static readonly Lazy<string[]> lazyKeys = new Lazy<string[]>(() => new string[] { {{Read}}, {{Read}} });

            public static string[] Keys => lazyKeys.Value;
        }
        """, Odeus001(0, Key), Odeus001(1, Other));

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
            string Key(bool local) => local ? "not-needed" : ({{Read}});
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
            string Pick(int n) => n switch { 0 => {{Read}}, _ => "" };

            string Named() => string.Concat(str0: {{Read}}, str1: "");

            Dictionary<string, string> Headers() => new() { ["Authorization"] = $"Bearer {{{Read}}}" };

            Dictionary<string, string> Others() => new() { { "api-key", {{Read}} } };
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
            string A(string v) => $@"Bearer {{{{{Read}}}}}\{v}";

            string B(string v) => $$"""{"key": "{{{{{{Read}}}}}}", "v": "{{v}}"}""";
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
            private readonly string _key = {{Read}};
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
            public static readonly System.Func<string> GetKey = () => {{Read}};
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

                var key = {{Read}};
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
                    string Key() => {{Read}};
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
                    static string Key => {{Read}};
                    string Header = $"Bearer {{{Read}}}";
                    string Use() { return Key; }
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

                class C { string k = {{EnvironmentRead(variable, "Odeus API key")}}; }
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

            class A { string k = {{Read}}; }
            """);
        test.FixedState.AdditionalProjects["Second"].Sources.Add($$"""
            using System;

            class B { string k = {{Read}}; }
            """);
        return test.RunAsync();
    }
}
