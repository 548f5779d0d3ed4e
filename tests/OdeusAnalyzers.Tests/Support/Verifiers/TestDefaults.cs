using Microsoft.CodeAnalysis.Testing;

namespace OdeusAnalyzers.Tests.Verifiers;

/// <summary>What every verifier's test starts from.</summary>
internal static class TestDefaults
{
    public static void Apply(AnalyzerTest<DefaultVerifier> test)
    {
        // "$$" opens C# raw interpolated strings; it marks no caret position in these tests.
        test.MarkupOptions = MarkupOptions.TreatPositionIndicatorsAsCode;
        test.ReferenceAssemblies = new ReferenceAssemblies("none");
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
    }
}
