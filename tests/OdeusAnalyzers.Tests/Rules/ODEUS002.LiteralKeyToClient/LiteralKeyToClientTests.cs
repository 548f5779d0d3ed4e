using Microsoft.CodeAnalysis.Testing;
using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.LiteralKeyToClientAnalyzer,
    OdeusAnalyzers.CodeFixes.LiteralKeyToClientCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// ODEUS002, constant keys that reach an AI client, and its fixes "Read the key from VAR"
/// (LiteralKeyToClientTests.UseEnvironmentVariable.cs) and "Read the key from configuration"
/// (LiteralKeyToClientTests.UseConfiguration.cs). The analyzer's tests are split by the SDKs they cover, by what counts
/// as a constant, by what is left alone and by the variable the message names. Every fix test also runs Fix All and
/// checks that the result compiles.
/// </summary>
public sealed partial class LiteralKeyToClientTests
{
    private const string UseEnvironmentVariable = "UseEnvironmentVariable";
    private const string UseConfiguration = "UseConfiguration";
    private const string ChatClient = "ChatClient";

    private static readonly string ReadOpenAI = EnvironmentRead(OpenAIVariable);

    private static Task NoDiagnostic(string source) => Verify.VerifyAnalyzerAsync(source);

    /// <summary>Several files of one project, and what the analyzer reports in them.</summary>
    private static Task VerifyFilesAsync(string[] sources, params DiagnosticResult[] expected) => VerifyFilesAsync(sources, null, expected);

    /// <summary>The same, and the files after "Read the key from VAR"; the same files check that it is not offered.</summary>
    private static Task VerifyFilesAsync(string[] sources, string[]? fixedSources, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { CodeActionEquivalenceKey = UseEnvironmentVariable };
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var source in fixedSources ?? Array.Empty<string>())
        {
            test.FixedState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Reported(string value, string client = ChatClient, string parameter = "apiKey", string variable = OpenAIVariable, int location = 0) =>
        Odeus002At(location, value, parameter, client, variable);

    private static Task Fix(string source, string fixedSource, string equivalenceKey, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
