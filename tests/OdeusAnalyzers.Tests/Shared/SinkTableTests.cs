using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OdeusAnalyzers.Tests.Verifiers;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// The sink table against the SDKs' real public API (the packages the test project references): every row resolves,
/// the text search's words find every member that takes a key, and the positions let no such argument be skipped.
/// </summary>
public sealed class SinkTableTests
{
    private static readonly KnownClients Clients =
        KnownClients.Create(CSharpCompilation.Create("Sinks", references: TestReferences.All)) ?? throw new InvalidOperationException("no SDK resolved");

    /// <summary>Every public method or constructor the row covers that takes its key parameter, found here independently of the analyzer.</summary>
    private static IEnumerable<(string Name, IMethodSymbol Method, IParameterSymbol Key)> MembersTakingAKey(SinkRow row, IAssemblySymbol assembly)
    {
        var types = row.Type is null ? AllTypes(assembly.GlobalNamespace) : new[] { assembly.GetTypeByMetadataName(row.Type)! };
        foreach (var type in types.Where(t => t.DeclaredAccessibility == Accessibility.Public))
        {
            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                var covered = row.Member switch
                {
                    null => method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor,
                    ".ctor" => method.MethodKind == MethodKind.Constructor,
                    _ => method.Name == row.Member,
                };
                if (!covered || method.DeclaredAccessibility != Accessibility.Public)
                {
                    continue;
                }

                foreach (var parameter in method.Parameters.Where(p => p.Name == row.KeyParameter && p.Type.SpecialType == SpecialType.System_String))
                {
                    yield return (method.MethodKind == MethodKind.Constructor ? type.Name : method.Name, method, parameter);
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns) =>
        ns.GetTypeMembers().SelectMany(t => new[] { t }.Concat(t.GetTypeMembers())).Concat(ns.GetNamespaceMembers().SelectMany(AllTypes));

    [Fact]
    public void EveryRow_ResolvesAgainstTheReferencedSdks()
    {
        var resolved = Clients.ResolvedRows.Select(pair => pair.Row).ToHashSet();

        Assert.All(SinkTable.Rows, row => Assert.Contains(row, resolved));
    }

    [Fact]
    public void SearchWords_FindEveryMemberThatTakesAKey()
    {
        var checkedMembers = 0;
        foreach (var (row, assembly) in Clients.ResolvedRows.Where(pair => pair.Row.KeyParameter is not null && !pair.Row.IsProperty))
        {
            foreach (var (name, method, _) in MembersTakingAKey(row, assembly))
            {
                checkedMembers++;
                // A static factory is written Type.Create(…): the type's name may be the one that holds the word.
                var written = method.IsStatic && !method.IsExtensionMethod ? new[] { name, method.ContainingType.Name } : new[] { name };
                var foundInName = written.Any(n => Clients.Positions.IdentifierWords.Any(word => n.Contains(word, StringComparison.Ordinal)) && Clients.Positions.FamilyOf(n) is not null);
                var foundByHeader = row.SearchWords == SinkTable.HeaderWords && row.FirstArgumentWords == SinkTable.HeaderWords;
                Assert.True(foundInName || foundByHeader, $"{method.ToDisplayString()} is called as '{name}', which holds none of the search words");
                Assert.Equal(row.Kind, Clients.Positions.FamilyOf(name));

                // The shape check before a name is looked up never rules out a name the table holds.
                Assert.All(written.Where(n => Clients.Positions.FamilyOf(n) is not null), n =>
                    Assert.True(Clients.Positions.MayBeName(Microsoft.CodeAnalysis.Text.SourceText.From($"new {n}("), 4, 4 + n.Length), n));
            }
        }

        Assert.True(checkedMembers > 50, $"only {checkedMembers} members take a key: the SDK references are missing");
    }

    [Fact]
    public void SearchWords_AreThoseOfTheSdksTheProjectReferences()
    {
        var openAIOnly = TestReferences.All.Where(reference =>
            !(reference.Display ?? string.Empty).Contains("Betalgo", StringComparison.Ordinal)
            && !(reference.Display ?? string.Empty).Contains("SemanticKernel", StringComparison.Ordinal)
            && !(reference.Display ?? string.Empty).Contains("Extensions.AI", StringComparison.Ordinal));
        var clients = KnownClients.Create(CSharpCompilation.Create("OpenAIOnly", references: openAIOnly))!;

        Assert.Contains("Client", clients.Positions.IdentifierWords);
        Assert.Contains("Credential", clients.Positions.IdentifierWords);
        Assert.DoesNotContain("ApiKey", clients.Positions.IdentifierWords);
        Assert.True(clients.Positions.SearchesHeaders);
        Assert.Contains("ApiKey", Clients.Positions.IdentifierWords);
        Assert.Contains("OpenAI", Clients.Positions.IdentifierWords);
    }

    [Theory]
    [InlineData("HttpClient")]
    [InlineData("Clients")]
    [InlineData("ChatClientOptions")]
    [InlineData("Update2")]
    public void ShapeCheck_RulesOutNamesNoSdkMemberHas(string name)
    {
        Assert.Null(Clients.Positions.FamilyOf(name));
        Assert.False(Clients.Positions.MayBeName(Microsoft.CodeAnalysis.Text.SourceText.From(name), 0, name.Length));
    }

    [Fact]
    public void Positions_KeepEveryArgumentThatCanBeTheKey()
    {
        foreach (var (row, assembly) in Clients.ResolvedRows.Where(pair => pair.Row.KeyParameter is not null && !pair.Row.IsProperty))
        {
            foreach (var (name, method, key) in MembersTakingAKey(row, assembly))
            {
                Assert.True(Clients.Positions.MayTakeKeyAt(name, key.Ordinal, null), $"{method.ToDisplayString()}: position {key.Ordinal}");
                Assert.True(Clients.Positions.MayTakeKeyAt(name, 0, key.Name), $"{method.ToDisplayString()}: named {key.Name}");
                if (method.IsExtensionMethod)
                {
                    Assert.True(Clients.Positions.MayTakeKeyAt(name, key.Ordinal - 1, null), $"{method.ToDisplayString()}: called on its receiver");
                }
            }
        }
    }

    [Theory]
    [InlineData("ChatClient", 0, false)]
    [InlineData("ChatClient", 1, true)]
    [InlineData("ApiKeyCredential", 0, true)]
    [InlineData("AddOpenAIChatCompletion", 1, true)]
    [InlineData("HttpClient", 0, false)]
    [InlineData("OpenAIPromptExecutionSettings", 0, false)]
    public void Positions_OfWellKnownMembers(string name, int position, bool mayTakeKey) =>
        Assert.Equal(mayTakeKey, Clients.Positions.MayTakeKeyAt(name, position, null));

    [Theory]
    [InlineData("AzureOpenAIClient")]
    [InlineData("ApiKeyCredential")]
    [InlineData("AzureKeyCredential")]
    [InlineData("AuthenticationHeaderValue")]
    public void CredentialAndClientTypes_AreKnownNames(string name) => Assert.NotNull(Clients.Positions.FamilyOf(name));

    [Theory]
    [InlineData("Add", "X-Api-Version", false)]
    [InlineData("Add", "Authorization", true)]
    [InlineData("TryAddWithoutValidation", "api-key", true)]
    [InlineData("Add", null, true)]
    [InlineData("SetEnvironmentVariable", "PATH", false)]
    [InlineData("SetEnvironmentVariable", "OPENAI_API_KEY", true)]
    [InlineData("AuthenticationHeaderValue", "Basic", false)]
    [InlineData("AuthenticationHeaderValue", "Bearer", true)]
    [InlineData("ChatClient", "gpt-4o", true)]
    public void FirstArgumentGuard_RulesOutOnlyWhatSaysNoKey(string name, string? firstArgument, bool passes) =>
        Assert.Equal(passes, Clients.Positions.PassesGuard(name, firstArgument));
}
