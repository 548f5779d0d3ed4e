using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.HardcodedKeyAnalyzer,
    OdeusAnalyzers.CodeFixes.HardcodedKeyCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// ODEUS001, Odeus keys written in code, and its two fixes: where the analyzer finds a key and where it stays silent
/// (HardcodedKeyTests.Analyzer.cs), "Read the key from ODEUS_API_KEY" for keys in code
/// (HardcodedKeyTests.UseEnvironmentVariable*.cs) and "Redact the key" for keys in comments, XML docs, disabled code
/// and directives (HardcodedKeyTests.Redact.cs). Every fix test also runs Fix All and checks that the result compiles.
/// </summary>
public sealed partial class HardcodedKeyTests
{
    private static readonly string Key = TestKeys.Odeus(1);
    private static readonly string Other = TestKeys.Odeus(2);

    /// <summary>What "Read the key from ODEUS_API_KEY" writes in place of a key.</summary>
    private static readonly string Read = EnvironmentRead(OdeusVariable, "Odeus API key");

    /// <summary>The key at location 0 is reported, and no fix is offered: the code stays as it is.</summary>
    private static Task NoFix(string source) => Verify.VerifyCodeFixAsync(source, source, Odeus001(0, Key));
}
