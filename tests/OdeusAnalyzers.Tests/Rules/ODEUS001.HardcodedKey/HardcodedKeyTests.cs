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
    private static readonly string Read = EnvironmentRead(OdeusVariable);

    /// <summary>The same, with its <c>?? throw</c> on the next line at <paramref name="indent"/> spaces, as on a line that would pass 120 characters.</summary>
    private static string ReadAt(int indent) => EnvironmentRead(OdeusVariable, indent);

    /// <summary>The reader of ODEUS_API_KEY a type gets when it holds more than one read.</summary>
    private static string Reader(int indent = 4) => Expected.Reader("OdeusApiKey", OdeusVariable, indent);

    /// <summary>The key at location 0 is reported, and no fix is offered: the code stays as it is.</summary>
    private static Task NoFix(string source) => Verify.VerifyCodeFixAsync(source, source, Odeus001(0, Key));
}
