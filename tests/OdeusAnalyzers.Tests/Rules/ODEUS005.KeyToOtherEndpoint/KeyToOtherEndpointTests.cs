using Microsoft.CodeAnalysis.Testing;
using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.KeyToOtherEndpointAnalyzer,
    OdeusAnalyzers.CodeFixes.KeyToOtherEndpointCodeFixProvider>;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// ODEUS005, an Odeus key sent to a missing endpoint, another host or plain http (KeyToOtherEndpointTests.Analyzer.cs),
/// and its fixes "Use https://" (KeyToOtherEndpointTests.UseHttps.cs) and "Send the key to
/// https://api.odeus.ai/openai/eu/v1" (KeyToOtherEndpointTests.AddOdeusEndpoint.cs). Every fix test also runs Fix All
/// and checks that the result compiles.
/// </summary>
public sealed partial class KeyToOtherEndpointTests
{
    private const string ReadKey = "Environment.GetEnvironmentVariable(\"ODEUS_API_KEY\")!";

    private static Task Fix(string source, string fixedSource, string key, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = key };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
