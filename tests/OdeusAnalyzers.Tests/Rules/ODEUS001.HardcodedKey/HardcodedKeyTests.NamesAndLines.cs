using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.HardcodedKeyAnalyzer,
    OdeusAnalyzers.CodeFixes.HardcodedKeyCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// The code the fix writes reads as a developer would write it: a private field that becomes a property gets a
// property's name, a line that would pass 120 characters has its "?? throw" on the next line, the file's indentation
// and line endings are kept.
public sealed partial class HardcodedKeyTests
{
    [Fact]
    public Task PrivateStaticField_GetsAPropertyNameWithItsUses() => Verify.VerifyCodeFixAsync($$"""
        class Service
        {
            private static readonly string s_apiKey = "{|#0:{{Key}}|}";

            string Header() => "Bearer " + s_apiKey;

            int Length() => Service.s_apiKey.Length + nameof(s_apiKey).Length;
        }
        """, $$"""
        using System;

        class Service
        {
            private static string ApiKey => {{ReadAt(8)}};

            string Header() => "Bearer " + ApiKey;

            int Length() => Service.ApiKey.Length + nameof(ApiKey).Length;
        }
        """, Odeus001(0, Key));

    [Theory]
    [InlineData("_apiKey", "ApiKey")]
    [InlineData("API_KEY", "ApiKey")]
    [InlineData("apiKey", "ApiKey")]
    [InlineData("m_openAIKey", "OpenAIKey")]
    public Task PrivateConst_GetsAPropertyName(string field, string property) => Verify.VerifyCodeFixAsync($$"""
        class Service
        {
            const string {{field}} = "{|#0:{{Key}}|}";

            string Use() => {{field}};
        }
        """, $$"""
        using System;

        class Service
        {
            static string {{property}} => {{ReadAt(8)}};

            string Use() => {{property}};
        }
        """, Odeus001(0, Key));

    [Fact] // Code outside the type may use a field that is not private: it keeps its name.
    public Task InternalField_KeepsItsName() => Verify.VerifyCodeFixAsync($$"""
        static class Settings
        {
            internal static readonly string s_key = "{|#0:{{Key}}|}";
        }
        """, $$"""
        using System;

        static class Settings
        {
            internal static string s_key => {{ReadAt(8)}};
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task PropertyNameTaken_FieldKeepsItsName() => Verify.VerifyCodeFixAsync($$"""
        class Service
        {
            private const string _key = "{|#0:{{Key}}|}";

            string Key() => _key;
        }
        """, $$"""
        using System;

        class Service
        {
            private static string _key => {{ReadAt(8)}};

            string Key() => _key;
        }
        """, Odeus001(0, Key));

    [Fact] // A line that stays within 120 characters keeps the read on it.
    public Task ShortLine_KeepsTheReadOnOneLine()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                class C
                {
                    string K = "{|#0:{{Key}}|}";
                }
                """,
            FixedCode = $$"""
                using System;

                class C
                {
                    string K = {{EnvironmentRead("KEY")}};
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            odeus.environment_variable = KEY
            """));
        test.ExpectedDiagnostics.Add(Odeus001(0, Key, "KEY"));
        return test.RunAsync();
    }

    [Fact]
    public Task TabsAndCrLf_AreKept()
    {
        static string TabsAndCrLf(string code) => code.Replace("    ", "\t", StringComparison.Ordinal).ReplaceLineEndings("\r\n");
        var test = new Verify.Test
        {
            TestCode = TabsAndCrLf($$"""
                namespace App
                {
                    class C
                    {
                        System.ClientModel.ApiKeyCredential Create() => new System.ClientModel.ApiKeyCredential("{|#0:{{Key}}|}");
                    }
                }
                """),
            FixedCode = TabsAndCrLf($$"""
                using System;

                namespace App
                {
                    class C
                    {
                        System.ClientModel.ApiKeyCredential Create() => new System.ClientModel.ApiKeyCredential({{ReadAt(12)}});
                    }
                }
                """),
        };
        test.ExpectedDiagnostics.Add(Odeus001(0, Key));
        return test.RunAsync();
    }

    [Fact] // Two-space indentation: the "?? throw" goes one step of two in.
    public Task TwoSpaceIndentation_IsKept() => Verify.VerifyCodeFixAsync($$"""
        class C
        {
          System.ClientModel.ApiKeyCredential Create() => new System.ClientModel.ApiKeyCredential("{|#0:{{Key}}|}");
        }
        """, $$"""
        using System;

        class C
        {
          System.ClientModel.ApiKeyCredential Create() => new System.ClientModel.ApiKeyCredential({{ReadAt(4)}});
        }
        """, Odeus001(0, Key));
}
