using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.HardcodedKeyAnalyzer,
    OdeusAnalyzers.CodeFixes.HardcodedKeyCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// Where ODEUS001's "Read the key from ODEUS_API_KEY" fix is not offered, because a constant is needed or the
// declaration cannot change: the key is reported and the code stays as it is.
public sealed partial class HardcodedKeyTests
{
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
    public Task StaticFieldWithFieldOnlyAttribute_NoFix() => NoFix($$"""
        static class Config
        {
            [System.ThreadStatic]
            private static string Key = "{|#0:{{Key}}|}";

            public static string Get() => Key;
        }
        """);

    [Fact]
    public Task StaticFieldPassedByReference_NoFix() => NoFix($$"""
        static class Config
        {
            public static string ApiKey = "{|#0:{{Key}}|}";

            public static void Swap(ref string other) { }

            public static void Use() => Swap(ref ApiKey);
        }
        """);
}
