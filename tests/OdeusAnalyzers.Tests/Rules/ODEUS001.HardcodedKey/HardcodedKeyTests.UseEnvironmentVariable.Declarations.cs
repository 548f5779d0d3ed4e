using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.HardcodedKeyAnalyzer,
    OdeusAnalyzers.CodeFixes.HardcodedKeyCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// ODEUS001's "Read the key from ODEUS_API_KEY" fix where the key is a constant or a static member's initial value: the
// declaration is rewritten (a static property, a plain local, a lazy value) so the key is read when used.
public sealed partial class HardcodedKeyTests
{
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
            public static string ApiKey => {{ReadAt(8)}};

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
                internal static string Key => {{ReadAt(8)}};
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
            private static string Key => {{ReadAt(8)}};

            string Describe() => Model + Key;

            [System.Obsolete(Model)]
            void Old() { }
        }
        """, Odeus001(0, Key));

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

                string key = {{ReadAt(4)}};
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
            protected internal new static string Key => {{ReadAt(8)}};

            public string Use() => Key;
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
                string key = {{ReadAt(12)}};
                Console.WriteLine(key);
            }
        }
        """, Odeus001(0, Key));

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
            public static string ApiKey => {{ReadAt(8)}};
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
            private static readonly Lazy<ChatClient> lazyClient = new Lazy<ChatClient>(() => new ChatClient("gpt-4o", new ApiKeyCredential(OdeusApiKey)));

            private static ChatClient Client => lazyClient.Value;

            public ChatClient Get() => Client;

            {{Reader()}}
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
            public static string ApiKey => {{ReadAt(8)}};
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

            public static string ApiKey
            {
                get => cachedApiKey ?? (cachedApiKey = {{ReadAt(12)}});
                set => cachedApiKey = value;
            }

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

                    public static string ApiKey
                    {
                        get => cachedApiKey ?? (cachedApiKey = {{ReadAt(12)}});
                        private set => cachedApiKey = value;
                    }

                    public static void Use(string key) => ApiKey = key;
                }
                """,
        };
        test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
        test.ExpectedDiagnostics.Add(Odeus001(0, Key));
        return test.RunAsync();
    }

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
            public static string Key => {{ReadAt(8)}};
        }
        """, Odeus001(0, Key));

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
            private static readonly Lazy<string[]> lazyKeys = new Lazy<string[]>(() => new string[] { OdeusApiKey, OdeusApiKey });

            public static string[] Keys => lazyKeys.Value;

            {{Reader()}}
        }
        """, Odeus001(0, Key), Odeus001(1, Other));
}
