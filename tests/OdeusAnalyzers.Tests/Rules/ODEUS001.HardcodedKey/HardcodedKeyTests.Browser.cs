using Microsoft.CodeAnalysis.Testing;
using OdeusAnalyzers.CodeFixes;
using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.HardcodedKeyAnalyzer,
    OdeusAnalyzers.CodeFixes.HardcodedKeyCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// ODEUS001 in a project that runs in the browser: the message says to move the call to the backend, and the only fix
// redacts the key, since an environment variable read in the browser would be public too.
public sealed partial class HardcodedKeyTests
{
    private static Verify.Test InBrowser(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source, FixedCode = fixedSource };
        test.TestState.AnalyzerConfigFiles.Add(BuildProperties.GlobalConfig(BuildProperties.BlazorWebAssembly));
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    [Fact]
    public Task BrowserProject_KeyInClientArguments_BrowserMessageAndRedacts() => InBrowser($$"""
        using OpenAI.Chat;

        class Chat
        {
            ChatClient Create() => new ChatClient("gpt-4o-mini", "{|#0:{{Key}}|}");
        }
        """, $$"""
        using OpenAI.Chat;

        class Chat
        {
            ChatClient Create() => new ChatClient("gpt-4o-mini", "{{Redacted}}");
        }
        """, Odeus001InBrowser(0, Key)).RunAsync();

    [Fact]
    public Task BrowserRuntime_KeyInConst_Redacts()
    {
        var test = InBrowser($$"""
            class C { const string Key = "{|#0:{{Key}}|}"; }
            """, $$"""
            class C { const string Key = "{{Redacted}}"; }
            """, Odeus001InBrowser(0, Key));
        test.TestState.AnalyzerConfigFiles.Clear();
        test.TestState.AnalyzerConfigFiles.Add(BuildProperties.GlobalConfig(BuildProperties.BrowserRuntime));
        return test.RunAsync();
    }

    [Fact]
    public Task BrowserProject_EnvironmentFixNotOffered()
    {
        var source = $$"""
            class C { string Header => "Bearer {|#0:{{Key}}|}"; }
            """;
        var test = InBrowser(source, source, Odeus001InBrowser(0, Key));
        test.CodeActionEquivalenceKey = HardcodedKeyCodeFixProvider.UseEnvironmentVariableKey;
        return test.RunAsync();
    }

    [Fact]
    public Task BrowserProject_KeyInInterpolatedTextAndComment_FixAllRedactsBoth() => InBrowser($$"""
        // {|#0:{{Other}}|}
        class C
        {
            string Header(string user) => $"Bearer {|#1:{{Key}}|} for {user}";
        }
        """, $$"""
        // {{Redacted}}
        class C
        {
            string Header(string user) => $"Bearer {{Redacted}} for {user}";
        }
        """, Odeus001InComment(0, Other), Odeus001InBrowser(1, Key)).RunAsync();

    [Fact]
    public Task BrowserProject_ConcatenatedKey_NoFix()
    {
        var source = $$"""
            class C { const string Key = {|#0:"{{TestKeys.Prefix}}" + "{{Key.Substring(TestKeys.Prefix.Length)}}"|}; }
            """;
        return InBrowser(source, source, Odeus001InBrowser(0, Key)).RunAsync();
    }

    [Fact]
    public Task BrowserProject_KeyWrittenWithEscapes_NoFix()
    {
        var escaped = Key.Substring(0, 10) + $"\\u{(int)Key[10]:x4}" + Key.Substring(11);
        var source = $$"""
            class C { const string Key = {|#0:"{{escaped}}"|}; }
            """;
        return InBrowser(source, source, Odeus001InBrowser(0, Key)).RunAsync();
    }

    [Fact]
    public Task ServerProject_KeyInCode_ReadFromEnvironmentVariableAsBefore()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                class C
                {
                    string Header => "Bearer {|#0:{{Key}}|}";
                }
                """,
            FixedCode = $$"""
                using System;

                class C
                {
                    string Header => $"Bearer {OdeusApiKey}";

                    {{Expected.Reader("OdeusApiKey", "ODEUS_API_KEY")}}
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(BuildProperties.GlobalConfig("build_property.UsingMicrosoftNETSdkBlazorWebAssembly = false"));
        test.ExpectedDiagnostics.Add(Odeus001(0, Key));
        return test.RunAsync();
    }
}
