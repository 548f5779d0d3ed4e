using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// The declarations of a name found from the places a file's text holds it: only fields and properties declared under
/// that exact name count, never a use, a longer name that holds it, a local or a parameter.
/// </summary>
public sealed class DeclaredValuesTests
{
    private const string Source = """
        using System;

        partial class Settings
        {
            private const string Key = "value";
            internal static string @Shared = Key;
            public string KeyName => Key;
            private static string Getter { get { return Environment.GetEnvironmentVariable("ODEUS_API_KEY") ?? ""; } }
            internal string Auto { get; set; } = "x";
            private volatile string Flag, Other = "y";
            private string Commented /* the default */ = "z";

            void Use(string Key2)
            {
                var Local = Key;
                Console.WriteLine(Local + Key2);
            }

            class Inner
            {
                private static readonly Uri Endpoint = new("https://api.odeus.ai/openai/eu/v1");
            }
        }

        interface IKeys
        {
            string Auto { get; }
        }
        """;

    private static SyntaxTree Tree() => CSharpSyntaxTree.ParseText(Source);

    [Fact]
    public void Const_FoundOnceAtItsDeclaration_NotAtItsUses()
    {
        var tree = Tree();

        var declared = Assert.Single(DeclaredValues.Named(tree, "Key", CancellationToken.None)!);

        Assert.True(declared.IsConst);
        Assert.True(declared.IsPrivate);
        Assert.True(declared.InPartialType);
        Assert.Equal("\"value\"", declared.Initializer!.ToString());
    }

    [Fact]
    public void VerbatimName_IsFoundByItsValue()
    {
        var declared = Assert.Single(DeclaredValues.Named(Tree(), "Shared", CancellationToken.None)!);

        Assert.True(declared.IsFollowed);
        Assert.Equal(new[] { "Key" }, declared.InitializerNames);
    }

    [Theory]
    [InlineData("Local")]
    [InlineData("Key2")]
    [InlineData("Use")]
    [InlineData("Keys")]
    [InlineData("Missing")]
    public void LocalsParametersMethodsAndPartsOfNames_AreNoDeclarations(string name) =>
        Assert.Null(DeclaredValues.Named(Tree(), name, CancellationToken.None));

    [Fact]
    public void PropertiesAndFields_InEveryType_WithWhatTheTracingNeeds()
    {
        var tree = Tree();

        var getter = Assert.Single(DeclaredValues.Named(tree, "Getter", CancellationToken.None)!);
        Assert.False(getter.IsFollowed);
        Assert.StartsWith("Environment.GetEnvironmentVariable", getter.Getter!.ToString(), StringComparison.Ordinal);

        var autos = DeclaredValues.Named(tree, "Auto", CancellationToken.None)!;
        Assert.Equal(2, autos.Count);
        Assert.True(autos[0].IsFollowed);
        Assert.False(autos[1].IsFollowed);

        Assert.False(Assert.Single(DeclaredValues.Named(tree, "Other", CancellationToken.None)!).IsFollowed);
        Assert.False(Assert.Single(DeclaredValues.Named(tree, "Endpoint", CancellationToken.None)!).IsFollowed);
    }

    [Fact]
    public void CommentBetweenNameAndValue_StillADeclaration() =>
        Assert.Equal("\"z\"", Assert.Single(DeclaredValues.Named(Tree(), "Commented", CancellationToken.None)!).Initializer!.ToString());

    [Theory]
    [InlineData("void M() { Use(Endpoint); }", false)]
    [InlineData("void M() { Use(Endpoint); Use(Endpoint); }", false)]
    [InlineData("void M(string Endpoint) { Use(Endpoint); }", true)]
    [InlineData("void M() { var Endpoint = \"x\"; Use(Endpoint); }", true)]
    [InlineData("void M() { if (Get() is string Endpoint) Use(Endpoint); }", true)]
    [InlineData("void M() { var \\u0045ndpoint = \"x\"; Use(Endpoint); }", true)]
    public void DeclaresLocal_FindsEveryLocalThatHidesTheName(string method, bool declares)
    {
        var member = CSharpSyntaxTree.ParseText("class C { " + method + " }").GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single();

        Assert.Equal(declares, RoslynSyntax.DeclaresLocal(member, "Endpoint"));
    }

    [Fact]
    public void Holding_NamesTheMemberWhoseValueHoldsAPosition()
    {
        var tree = Tree();
        var root = tree.GetRoot();
        var text = Source;

        Assert.Equal("Getter", DeclaredValues.Holding(tree, root, text.IndexOf("ODEUS_API_KEY", StringComparison.Ordinal))?.Name);
        Assert.Equal("Endpoint", DeclaredValues.Holding(tree, root, text.IndexOf("odeus.ai", StringComparison.Ordinal))?.Name);
        Assert.Equal("Other", DeclaredValues.Holding(tree, root, text.IndexOf("\"y\"", StringComparison.Ordinal))?.Name);
        Assert.Null(DeclaredValues.Holding(tree, root, text.IndexOf("Local + Key2", StringComparison.Ordinal)));
        Assert.Null(DeclaredValues.Holding(tree, root, text.IndexOf("KeyName", StringComparison.Ordinal)));
    }
}
