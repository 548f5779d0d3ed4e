using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OdeusAnalyzers.Tests.Verifiers;

namespace OdeusAnalyzers.Tests;

/// <summary>Constant tracing on its own: from the value passed as a key back to every constant it can hold, or to nothing.</summary>
public sealed class KeyOriginsTests
{
    /// <summary>The constants the argument of <c>Use(…)</c> in <c>C.M</c> can hold, as written in the source; null when it can hold a run-time value.</summary>
    private static string[]? Trace(params string[] sources)
    {
        var trees = sources.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))).ToArray();
        var compilation = CSharpCompilation.Create("Origins", trees, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var call = trees[0].GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Single(i => i.Expression.ToString() == "Use");
        var argument = ((Microsoft.CodeAnalysis.Operations.IInvocationOperation)compilation.GetSemanticModel(trees[0]).GetOperation(call)!).Arguments[0].Value;

        var origins = new List<KeyOrigin>();
        return new KeyOrigins(compilation, new MemberWrites(compilation)).TryTrace(argument, origins, CancellationToken.None)
            ? origins.Select(origin => origin.Expression.ToString()).ToArray()
            : null;
    }

    private const string Use = "static void Use(string key) { }";

    [Fact]
    public void Literal_IsItsOwnOrigin() =>
        Assert.Equal(new[] { "\"literal\"" }, Trace($$"""class C { {{Use}} void M() => Use("literal"); }"""));

    [Fact]
    public void ConstChainAcrossFiles_EndsWhereTheValueIsWritten() => Assert.Equal(
        new[] { "\"written-here\"" },
        Trace(
            $$"""class C { {{Use}} void M() => Use(A.Key); }""",
            """static class A { public const string Key = B.Value; }""",
            """static class B { internal const string Value = "written-here"; }"""));

    [Fact]
    public void LocalWithTwoConstantWrites_HasBoth() => Assert.Equal(
        new[] { "\"first\"", "\"second\"" },
        Trace($$"""class C { {{Use}} void M(bool b) { var k = "first"; if (b) { k = "second"; } Use(k); } }"""));

    [Fact]
    public void LocalWrittenFromAParameter_HasNoOrigin() =>
        Assert.Null(Trace($$"""class C { {{Use}} void M(string p) { var k = "first"; k = p; Use(k); } }"""));

    [Fact]
    public void LocalPassedByReference_HasNoOrigin() =>
        Assert.Null(Trace($$"""class C { {{Use}} static void Set(ref string s) { } void M() { var k = "first"; Set(ref k); Use(k); } }"""));

    [Fact]
    public void PrivateFieldAssignedInAnotherMethod_HasEveryWrite() => Assert.Equal(
        new[] { "\"initial\"", "\"later\"" },
        Trace($$"""class C { {{Use}} private string _key = "initial"; void Reset() => _key = "later"; void M() => Use(_key); }"""));

    [Fact]
    public void PublicField_IsNotFollowed() =>
        Assert.Null(Trace($$"""class C { {{Use}} public static string Key = "public"; void M() => Use(Key); }"""));

    [Fact]
    public void EnvironmentRead_HasNoOrigin() =>
        Assert.Null(Trace($$"""class C { {{Use}} void M() => Use(System.Environment.GetEnvironmentVariable("KEY")!); }"""));
}
