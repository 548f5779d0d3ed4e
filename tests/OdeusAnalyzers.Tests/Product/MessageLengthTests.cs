using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OdeusAnalyzers.Tests.Verifiers;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// Every message fits an error list: at most 160 characters before the help link, measured on what the analyzers
/// report for the sample that leaks on purpose and for the longest client names and reasons the rules can print.
/// </summary>
public sealed class MessageLengthTests
{
    private const int Limit = 160;

    [Fact]
    public async Task LeakyAppSample_EveryMessageFits()
    {
        var folder = Path.Combine(Repository.Root(), "samples", "LeakyApp");
        var trees = Directory.GetFiles(folder, "*.cs").Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path)).ToList();
        var compilation = CSharpCompilation.Create("LeakyApp", trees, TestReferences.All, new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var analyzers = typeof(Descriptors).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();

        var ours = diagnostics.Where(d => d.Id.StartsWith("ODEUS", StringComparison.Ordinal)).ToList();
        Assert.True(ours.Count >= 10, $"expected the sample's findings, got {ours.Count}");
        Assert.All(ours, d => Assert.True(d.GetMessage().Length <= Limit, $"{d.Id}, {d.GetMessage().Length} characters: {d.GetMessage()}"));
    }

    [Theory] // The longest names and reasons each rule prints, with a key masked as every message masks it.
    [InlineData("ODEUS000", "odeus.azure_openai_environment_variable", "MY-KEY", "a valid environment variable name", "'AZURE_OPENAI_API_KEY'")]
    [InlineData("ODEUS000", "odeus.endpoint", "http://api.odeus.ai/v1", "an https:// URL on an Odeus host (odeus.ai or a subdomain)", "'https://api.odeus.ai/openai/eu/v1'")]
    [InlineData("ODEUS001", "sk-ld-a1b2…", "code that runs in the browser", "move the call to the backend")]
    [InlineData("ODEUS002", "'AZURE_OPENAI_API_KEY' (a variable's name)", "apiKey", "'AddAzureOpenAIChatCompletion'", "read that environment variable instead")]
    [InlineData("ODEUS002", "The literal API key 'plac…'", "Authorization", "an Azure OpenAI request", "read it from the AZURE_OPENAI_API_KEY environment variable")]
    [InlineData("ODEUS003", "sk-ld-a1b2…", "config/appsettings.Production.json", "which git tracks though .gitignore lists it")]
    [InlineData("ODEUS004", "'AddAzureOpenAIChatCompletion' runs", "users can read the key")]
    [InlineData("ODEUS004", "'AzureOpenAIClient' is built", "users can read the key and CORS blocks Odeus")]
    [InlineData("ODEUS005", "AddOpenAIChatCompletion", "has no endpoint, so it goes to api.openai.com: set an Odeus endpoint")]
    [InlineData("ODEUS005", "AddOpenAIChatCompletion", "is sent to 'openrouter.example.com', which is not Odeus: send it only to odeus.ai and revoke it")]
    [InlineData("ODEUS007", "Odeus API key 'sk-ld-a1b2…'", "wwwroot/appsettings.Development.json")]
    public void LongestArguments_Fit(string id, params string[] arguments)
    {
        var descriptor = typeof(Descriptors).GetFields().Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>().Single(d => d.Id == id);

        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(), arguments);

        Assert.True(message.Length <= Limit, $"{id}, {message.Length} characters: {message}");
    }
}
