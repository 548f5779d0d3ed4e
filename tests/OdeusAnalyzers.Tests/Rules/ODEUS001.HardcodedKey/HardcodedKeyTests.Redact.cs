using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.HardcodedKeyAnalyzer,
    OdeusAnalyzers.CodeFixes.HardcodedKeyCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// ODEUS001 in text that is not code: comments, XML docs, disabled code and directives; its fix, "Redact the key".
public sealed partial class HardcodedKeyTests
{
    private static readonly string Redacted = TestKeys.Prefix + "***";

    [Fact]
    public Task LineComment_ReportsAndRedacts() => Verify.VerifyCodeFixAsync($$"""
        // old key: {|#0:{{Key}}|}, do not use
        class C { }
        """, $$"""
        // old key: {{Redacted}}, do not use
        class C { }
        """, Odeus001InComment(0, Key));

    [Fact]
    public Task BlockCommentWithTwoKeys_RedactsBoth() => Verify.VerifyCodeFixAsync($$"""
        /* keys:
           {|#0:{{Key}}|}
           {|#1:{{Other}}|} */
        class C { }
        """, $$"""
        /* keys:
           {{Redacted}}
           {{Redacted}} */
        class C { }
        """, Odeus001InComment(0, Key), Odeus001InComment(1, Other));

    [Fact]
    public Task XmlDocComment_ReportsAndRedacts() => Verify.VerifyCodeFixAsync($$"""
        /// <summary>Call with <c>{|#0:{{Key}}|}</c>.</summary>
        public class C { }
        """, $$"""
        /// <summary>Call with <c>{{Redacted}}</c>.</summary>
        public class C { }
        """, Odeus001InComment(0, Key));

    [Fact]
    public Task DisabledCode_ReportsAndRedacts() => Verify.VerifyCodeFixAsync($$"""
        class C
        {
        #if NEVER
            string k = "{|#0:{{Key}}|}";
        #endif
        }
        """, $$"""
        class C
        {
        #if NEVER
            string k = "{{Redacted}}";
        #endif
        }
        """, Odeus001InComment(0, Key));

    [Fact]
    public Task RegionText_ReportsAndRedacts() => Verify.VerifyCodeFixAsync($$"""
        class C
        {
        #region {|#0:{{Key}}|}
        #endregion
        }
        """, $$"""
        class C
        {
        #region {{Redacted}}
        #endregion
        }
        """, Odeus001InComment(0, Key));

    [Fact]
    public Task WarningDirectiveText_ReportsAndRedacts() => Verify.VerifyCodeFixAsync($$"""
        #warning rotate {|#0:{{Key}}|}
        class C { }
        """, $$"""
        #warning rotate {{Redacted}}
        class C { }
        """, Odeus001InComment(0, Key));

    [Fact]
    public Task KeysInCommentsOfTwoFiles_FixAllRedactsEveryOne()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add($$"""
            // {|#0:{{Key}}|}
            class A { }
            """);
        test.TestState.Sources.Add($$"""
            /// <summary>{|#1:{{Other}}|}</summary>
            public class B { }
            """);
        test.TestState.ExpectedDiagnostics.Add(Odeus001InComment(0, Key));
        test.TestState.ExpectedDiagnostics.Add(Odeus001InComment(1, Other));
        test.FixedState.Sources.Add($$"""
            // {{Redacted}}
            class A { }
            """);
        test.FixedState.Sources.Add($$"""
            /// <summary>{{Redacted}}</summary>
            public class B { }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task KeysInCodeAndComments_FixAllRemovesEveryKey() => Verify.VerifyCodeFixAsync($$"""
        // {|#0:{{Key}}|}
        class C
        {
            /// <summary>Was {|#1:{{Other}}|}.</summary>
            const string K = "{|#2:{{Key}}|}";

            // {|#3:{{Other}}|}
            string Header => "Bearer " + K + "{|#4:{{Other}}|}";
        }
        """, $$"""
        // {{Redacted}}
        using System;

        class C
        {
            /// <summary>Was {{Redacted}}.</summary>
            static string K => OdeusApiKey;

            // {{Redacted}}
            string Header => "Bearer " + K + OdeusApiKey;

            {{Reader()}}
        }
        """, Odeus001InComment(0, Key), Odeus001InComment(1, Other), Odeus001(2, Key), Odeus001InComment(3, Other), Odeus001(4, Other));
}
