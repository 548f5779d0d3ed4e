using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers;

/// <summary>An ODEUS001 diagnostic: the key masked in the message, and where it lives for the fixes; never the key itself.</summary>
internal static class HardcodedKeyDiagnostic
{
    public static Diagnostic Create(Location location, string mask, string home, string variable) =>
        Diagnostic.Create(
            Descriptors.HardcodedKey,
            location,
            ImmutableDictionary.CreateRange(new[]
            {
                new KeyValuePair<string, string?>(DiagnosticProperties.Placement, home),
                new KeyValuePair<string, string?>(DiagnosticProperties.EnvironmentVariable, variable),
            }),
            mask,
            variable);
}
