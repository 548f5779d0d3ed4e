using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.HardcodedKeyAnalyzer,
    OdeusAnalyzers.CodeFixes.HardcodedKeyCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// Where ODEUS001 finds a key, and where it stays silent. Where the shape's fix is tested with the fixes, a test here
// checks the analyzer alone and names that fix test.
public sealed partial class HardcodedKeyTests
{
    [Fact] // Its fix: FixAllInSolution_FixesEveryProject.
    public Task RegularLiteral_Reports() => Verify.VerifyAnalyzerAsync($$"""
        class C { string k = "{|#0:{{Key}}|}"; }
        """, Odeus001(0, Key));

    [Fact]
    public Task VerbatimLiteral_Reports() => Verify.VerifyCodeFixAsync($$"""
        class C { string k = @"{|#0:{{Key}}|}"; }
        """, $$"""
        using System;

        class C { string k = {{ReadAt(4)}}; }
        """, Odeus001(0, Key));

    [Fact] // Its fix: WholeRawLiteral_BecomesTheRead.
    public Task RawSingleLineLiteral_Reports() => Verify.VerifyAnalyzerAsync($$""""
        class C { string k = """{|#0:{{Key}}|}"""; }
        """", Odeus001(0, Key));

    [Fact] // Its fix: JsonInMultiLineRawLiteral_StaysRaw.
    public Task RawMultiLineLiteral_Reports() => Verify.VerifyAnalyzerAsync($$""""
        class C
        {
            string k = """
                {"apiKey": "{|#0:{{Key}}|}"}
                """;
        }
        """", Odeus001(0, Key));

    [Fact] // Its fix: Utf8Literal_KeepsItsType.
    public Task Utf8Literal_Reports() => Verify.VerifyAnalyzerAsync($$"""
        class C { System.ReadOnlySpan<byte> K => "{|#0:{{Key}}|}"u8; }
        """, Odeus001(0, Key));

    [Fact]
    public Task Utf8RawLiteral_Reports() => Verify.VerifyCodeFixAsync($$""""
        class C { System.ReadOnlySpan<byte> K => """{|#0:{{Key}}|}"""u8; }
        """", $$"""
        using System;
        using System.Text;

        class C { System.ReadOnlySpan<byte> K => new ReadOnlySpan<byte>(Encoding.UTF8.GetBytes({{ReadAt(4)}})); }
        """, Odeus001(0, Key));

    [Fact] // Its fix: InterpolatedTextPart_GetsAHole.
    public Task InterpolatedTextPart_Reports() => Verify.VerifyAnalyzerAsync($$"""
        class C { string H(string v) => $"Bearer {|#0:{{Key}}|} for {v}"; }
        """, Odeus001(0, Key));

    [Fact]
    public Task RawInterpolatedTextPart_Reports() => Verify.VerifyCodeFixAsync($$""""
        class C
        {
            string H(string v) => $"""
                Bearer {|#0:{{Key}}|} for {v}
                """;
        }
        """", $$""""
        using System;

        class C
        {
            string H(string v) => $"""
                Bearer {OdeusApiKey} for {v}
                """;

            {{Reader()}}
        }
        """", Odeus001(0, Key));

    [Fact]
    public Task InterpolationFormatAndVerbatimInterpolated_Report()
    {
        // A format string takes no expression: that key stays, reported, with no fix.
        var test = new Verify.Test
        {
            TestCode = $$$"""
                class C
                {
                    string F(int v) => $"{v:{|#0:{{{Key}}}|}}";
                    string G(string v) => @$"Bearer {|#1:{{{Other}}}|}\{v}";
                }
                """,
            FixedCode = $$$"""
                using System;

                class C
                {
                    string F(int v) => $"{v:{|#0:{{{Key}}}|}}";
                    string G(string v) => @$"Bearer {OdeusApiKey}\{v}";

                    {{{Reader()}}}
                }
                """,
        };
        test.TestState.ExpectedDiagnostics.AddRange(new[] { Odeus001(0, Key), Odeus001(1, Other) });
        test.FixedState.ExpectedDiagnostics.Add(Odeus001(0, Key));
        return test.RunAsync();
    }

    [Fact] // Its fix: KeyInsideLongerLiteral_InterpolatesOnlyTheKey.
    public Task KeyInsideLongerLiteral_ReportsOnTheKeyAlone() => Verify.VerifyAnalyzerAsync($$"""
        class C { string h = "Authorization: Bearer {|#0:{{Key}}|}\n"; }
        """, Odeus001(0, Key));

    [Fact]
    public Task EscapeSequenceRightBeforeKey_Reports() => Verify.VerifyCodeFixAsync($$"""
        class C { string h = "line\n{|#0:{{Key}}|}"; }
        """, $$"""
        using System;

        class C { string h = $"line\n{OdeusApiKey}";
            {{Reader()}}
        }
        """, Odeus001(0, Key));

    [Fact] // Its fix: TwoKeysInOneLiteral_FixedTogether.
    public Task SameKeyTwice_ReportsEachOccurrence() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string a = "{|#0:{{Key}}|}";
            string b = "{|#1:{{Key}}|}";
            string both = "{|#2:{{Key}}|},{|#3:{{Other}}|}";
        }
        """, Odeus001(0, Key), Odeus001(1, Key), Odeus001(2, Key), Odeus001(3, Other));

    [Fact] // Its fix: KeyInsideLongerLiteral_InterpolatesOnlyTheKey.
    public Task PageExampleKey_Reports()
    {
        var example = TestKeys.Prefix + "a1b2c3d4e5f6g7h8i9j0";
        return Verify.VerifyAnalyzerAsync($$"""
            class C { string k = "{|#0:{{example}}|}..."; }
            """, Odeus001(0, example));
    }

    [Fact] // Its fix: ConstantConcatenation_BecomesTheRead.
    public Task ConcatenatedLiterals_ReportOnceOnTheWholeExpression() => Verify.VerifyAnalyzerAsync($$"""
        class C { string k = {|#0:"{{TestKeys.Prefix}}" + "{{Key.Substring(6, 10)}}" + "{{Key.Substring(16)}}"|}; }
        """, Odeus001(0, Key));

    [Fact] // Its fix: ConstantConcatenation_BecomesTheRead.
    public Task NestedParenthesizedConcatenation_ReportsOnce() => Verify.VerifyAnalyzerAsync($$"""
        class C { const string K = {|#0:"{{TestKeys.Prefix}}" + ("{{Key.Substring(6, 8)}}" + "{{Key.Substring(14)}}")|}; }
        """, Odeus001(0, Key));

    [Fact]
    public Task PublicConstPartsChainedAcrossFiles_Report()
    {
        var test = new Verify.Test
        {
            TestState =
            {
                Sources =
                {
                    $$"""
                    public static class Prefixes { public const string Odeus = "{{TestKeys.Prefix}}"; }
                    """,
                    """
                    public static class Derived { public const string Start = Prefixes.Odeus + "A"; }
                    """,
                    $$"""
                    class Client { string Key() => {|#0:Derived.Start + "{{Key.Substring(7)}}"|}; }
                    """,
                },
                ExpectedDiagnostics = { Odeus001(0, TestKeys.Prefix + "A" + Key.Substring(7)) },
            },
        };
        return test.RunAsync();
    }

    [Fact]
    public Task ConcatenationsWithoutKeyParts_NoDiagnostic() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            private const string Body = "{{Key.Substring(6)}}";
            string Plain(int a, int b) => (a + b).ToString() + Body.Length;
        }
        """);

    [Fact] // No fix: reading Client.Key from the environment would leave the key's body in Parts.Body, out of sight.
    public Task ConstsBuiltFromConstsInOtherFiles_ReportWithoutAFix()
    {
        var parts = $$"""
            static class Parts
            {
                public const string Prefix = "{{TestKeys.Prefix}}";
                public const string Body = "{{Key.Substring(6)}}";
            }
            """;
        const string client = """
            class Client { const string Key = {|#0:Parts.Prefix + Parts.Body|}; }
            """;
        var test = new Verify.Test();
        test.TestState.Sources.Add(parts);
        test.TestState.Sources.Add(client);
        test.TestState.ExpectedDiagnostics.Add(Odeus001(0, Key));
        test.FixedState.Sources.Add(parts);
        test.FixedState.Sources.Add(client);
        return test.RunAsync();
    }

    [Fact] // Only the public prefix is named: the body is written in the concatenation, which the fix replaces whole.
    public Task PrefixConstantAndBodyLiteral_Fixed() => Verify.VerifyCodeFixAsync($$"""
        class C
        {
            const string Prefix = "{{TestKeys.Prefix}}";
            string Key() => {|#0:Prefix + "{{Key.Substring(6)}}"|};
        }
        """, $$"""
        using System;

        class C
        {
            const string Prefix = "{{TestKeys.Prefix}}";
            string Key() => {{ReadAt(8)}};
        }
        """, Odeus001(0, Key));

    [Fact] // Key must stay a constant for Header, so no fix is offered.
    public Task ConstKeyUsedInAConcatenation_ReportsOnlyTheLiteral() => NoFix($$"""
        class C
        {
            const string Key = "{|#0:{{Key}}|}";
            string header = "Bearer " + Key;
            const string Header = "Bearer " + Key;
        }
        """);

    [Fact]
    public Task NonConstantConcatenation_ReportsConstantPart() => Verify.VerifyCodeFixAsync($$"""
        class C { string H(string user) => user + ({|#0:"{{TestKeys.Prefix}}" + "{{Key.Substring(6)}}"|}); }
        """, $$"""
        using System;

        class C { string H(string user) => user + ({{ReadAt(4)}}); }
        """, Odeus001(0, Key));

    [Theory] // No fix: the build writes generated code again from its source (here a .razor file).
    [InlineData("Component.razor.g.cs", "")]
    [InlineData("Component.cs", "// <auto-generated/>\n")]
    [InlineData("Form1.Designer.cs", "")]
    public Task GeneratedCode_ReportsWithoutAFix(string file, string header)
    {
        var source = header + $$"""
            class Component
            {
                string k = "{|#0:{{Key}}|}";
                // {|#1:{{Other}}|}
            }
            """;
        var test = new Verify.Test();
        test.TestState.Sources.Add((file, source));
        test.TestState.ExpectedDiagnostics.AddRange(new[] { Odeus001(0, Key), Odeus001InComment(1, Other) });
        test.FixedState.Sources.Add((file, source));
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(PlaceholderWords))]
    public Task PlaceholderWord_NoDiagnostic(string word) => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string lower = "{{TestKeys.Prefix}}{{word}}-{{Key.Substring(6, 16)}}";
            string upper = "{{TestKeys.Prefix}}{{Key.Substring(6, 8)}}{{word.ToUpperInvariant()}}{{Key.Substring(14, 8)}}";
        }
        """);

    public static TheoryData<string> PlaceholderWords() => new(TestKeys.PlaceholderWords);

    [Theory]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("XXXXXXXXXXXXXXXXXXXXXXXX")]
    [InlineData("0000000000000000")]
    public Task RepeatedCharacterBody_NoDiagnostic(string body) => Verify.VerifyAnalyzerAsync($$"""
        class C { string k = "{{TestKeys.Prefix}}{{body}}"; }
        """);

    public static TheoryData<string> NotKeyBodies() => new(TestKeys.NotKeyBodies);

    [Theory]
    [MemberData(nameof(NotKeyBodies))]
    [InlineData("zyxwvutsrqponmlk")]
    [InlineData("q1w2q1w2q1w2q1w2")]
    public Task BodyThatSaysItIsNotAKey_NoDiagnostic(string body) => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string k = "{{TestKeys.Prefix}}{{body}}";
            // {{TestKeys.Prefix}}{{body}}
        }
        """);

    [Fact] // ODEUS001 stays on in test projects, where ODEUS002 is off: an Odeus key in a test is still leaked.
    public Task ProvidersExampleAndRandomKeyInATestProject_Report()
    {
        var example = TestKeys.Prefix + "a1b2c3d4e5f6g7h8i9j0";
        var test = new Verify.Test
        {
            TestCode = $$"""
                class KeyTests
                {
                    string example = "{|#0:{{example}}|}";
                    string random = "{|#1:{{Key}}|}";
                }
                """,
            ExpectedDiagnostics = { Odeus001(0, example), Odeus001(1, Key) },
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task BodyOfFifteenCharacters_NoDiagnostic() => Verify.VerifyAnalyzerAsync($$"""
        class C { string k = "{{Key.Substring(0, 6 + 15)}}"; }
        """);

    [Fact] // Its fix: FixAllInSolution_FixesEveryProject.
    public Task BodyOfSixteenCharacters_Reports() => Verify.VerifyAnalyzerAsync($$"""
        class C { string k = "{|#0:{{Key.Substring(0, 6 + 16)}}|}"; }
        """, Odeus001(0, Key));

    [Fact]
    public Task KeyCharacterBeforePrefix_NoDiagnostic() => Verify.VerifyAnalyzerAsync($$"""
        class C
        {
            string a = "ta{{Key}}";
            string b = "x_{{Key}}";
            string c = "9-{{Key}}";
        }
        """);

    [Fact]
    public Task RegexPatternAndPrefixTest_NoDiagnostic() => Verify.VerifyAnalyzerAsync($$"""
        using System.Text.RegularExpressions;
        class C
        {
            static readonly Regex Pattern = new Regex(@"^{{TestKeys.Prefix}}[A-Za-z0-9_-]{16,}$");
            static readonly Regex Other = new Regex("{{TestKeys.Prefix}}\\w{32}");
            bool IsKey(string key) => key.StartsWith("{{TestKeys.Prefix}}") && Pattern.IsMatch(key);
            // A key looks like {{TestKeys.Prefix}}<32 characters>.
        }
        """);

    [Fact]
    public Task NoPrefixAnywhere_NoDiagnostic() => Verify.VerifyAnalyzerAsync("""
        class C { string k = "sk-proj-abcdefghijklmnopqrstuvwxyz"; }
        """);
}
