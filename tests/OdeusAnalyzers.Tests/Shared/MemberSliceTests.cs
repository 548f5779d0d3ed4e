using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OdeusAnalyzers.Tests.Verifiers;

namespace OdeusAnalyzers.Tests;

/// <summary>The statements a slice takes from a body, the binding of its copy, and the way back to the source.</summary>
public sealed class MemberSliceTests
{
    private static (SemanticModel Model, SyntaxNode Site) Compile(string source, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("Slice", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        var site = tree.GetRoot().DescendantNodes().OfType<ObjectCreationExpressionSyntax>().First(c => c.Type.ToString() == "ChatClient");
        return (compilation.GetSemanticModel(tree), site);
    }

    private const string Method = """
        using System;
        using OpenAI.Chat;

        class Service
        {
            ChatClient Create(string model)
            {
                var key = "sliced";
                Console.WriteLine("first unrelated statement");
                var suffix = "-mini";
                Console.WriteLine("second unrelated statement");
                return new ChatClient(model + suffix, key);
            }
        }
        """;

    [Fact]
    public void MethodBody_TakesTheStatementsThatDeclareTheLocalsTheCallReads()
    {
        var (model, site) = Compile(Method);

        var slice = MemberSlice.TryCreate(model, new[] { site }, _ => true, CancellationToken.None);

        Assert.NotNull(slice);
        var body = ((MethodDeclarationSyntax)slice!.Model.SyntaxTree.GetRoot()).Body!;
        Assert.Equal(
            new[] { "var key = \"sliced\";", "var suffix = \"-mini\";", "return new ChatClient(model + suffix, key);" },
            body.Statements.Select(s => s.ToString()));
    }

    [Fact]
    public void ClientsOwnLocal_UsedLater_IsNotFollowedUnlessAsked()
    {
        var (model, site) = Compile("""
            using System;
            using OpenAI.Chat;

            class Service
            {
                void Run()
                {
                    var client = new ChatClient("gpt-4o", "key");
                    Console.WriteLine(client.GetHashCode());
                }
            }
            """);

        var statements = (bool follow) => ((MethodDeclarationSyntax)MemberSlice.TryCreate(model, new[] { site }, _ => follow, CancellationToken.None)!.Model.SyntaxTree.GetRoot()).Body!.Statements.Count;

        Assert.Equal(1, statements(false));
        Assert.Equal(2, statements(true));
    }

    [Fact]
    public void Copy_BindsToTheSameConstructorWithTheMethodsParameters()
    {
        var (model, site) = Compile(Method);
        var slice = MemberSlice.TryCreate(model, new[] { site }, _ => true, CancellationToken.None)!;

        var copy = slice.CopyOf(site)!;
        var constructor = (IMethodSymbol)slice.Model.GetSymbolInfo(copy).Symbol!;

        Assert.Equal(model.GetSymbolInfo(site).Symbol, constructor, SymbolEqualityComparer.Default);
        var parameter = copy.DescendantNodes().OfType<IdentifierNameSyntax>().First(n => n.Identifier.ValueText == "model");
        Assert.IsAssignableFrom<IParameterSymbol>(slice.Model.GetSymbolInfo(parameter).Symbol);
        var local = copy.DescendantNodes().OfType<IdentifierNameSyntax>().First(n => n.Identifier.ValueText == "key");
        Assert.IsAssignableFrom<ILocalSymbol>(slice.Model.GetSymbolInfo(local).Symbol);
    }

    [Fact]
    public void EveryNodeOfTheCopy_MapsBackToTheNodeItCopies()
    {
        var (model, site) = Compile(Method);
        var slice = MemberSlice.TryCreate(model, new[] { site }, _ => true, CancellationToken.None)!;
        var body = ((MethodDeclarationSyntax)slice.Model.SyntaxTree.GetRoot()).Body!;

        foreach (var node in body.Statements.SelectMany(s => s.DescendantNodesAndSelf()))
        {
            var original = slice.ToOriginal(node);
            Assert.NotSame(node, original);
            Assert.Equal(node.ToString(), original.ToString());
            Assert.Equal(node.RawKind, original.RawKind);
            Assert.Same(original.SyntaxTree, site.SyntaxTree);
        }
    }

    [Theory]
    [InlineData("class Service { private readonly ChatClient _client = new ChatClient(\"gpt-4o\", \"field\"); }", OutputKind.DynamicallyLinkedLibrary)]
    [InlineData("class Service { ChatClient Client => new ChatClient(\"gpt-4o\", \"property\"); }", OutputKind.DynamicallyLinkedLibrary)]
    [InlineData("var client = new ChatClient(\"gpt-4o\", \"top-level\");", OutputKind.ConsoleApplication)]
    public void OutsideAMethodBody_NoSlice(string code, OutputKind kind)
    {
        var (model, site) = Compile("using OpenAI.Chat;\n" + code, kind);

        Assert.Null(MemberSlice.TryCreate(model, new[] { site }, _ => true, CancellationToken.None));
    }
}
