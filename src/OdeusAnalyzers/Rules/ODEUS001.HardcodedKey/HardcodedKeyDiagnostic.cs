using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers;

/// <summary>An ODEUS001 diagnostic: the key masked in the message, and where it lives for the fixes; never the key itself.</summary>
internal static class HardcodedKeyDiagnostic
{
    /// <summary>
    /// The message's advice follows the placement and the project: a key in a comment is redacted; in code that runs
    /// in the browser no variable is private, so the call moves to the backend and the fix only redacts.
    /// </summary>
    public static Diagnostic Create(Location location, string mask, string home, string variable, bool runsInBrowser)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(DiagnosticProperties.Placement, home);
        string where;
        string advice;
        if (home == KeyPlacements.Comment)
        {
            where = "a comment";
            advice = "redact it";
        }
        else if (runsInBrowser)
        {
            where = "code that runs in the browser";
            advice = "move the call to the backend";
        }
        else
        {
            where = "source code";
            advice = $"read it from the {variable} environment variable";
        }

        if (runsInBrowser)
        {
            properties.Add(DiagnosticProperties.RunsInBrowser, "true");
        }
        else
        {
            properties.Add(DiagnosticProperties.EnvironmentVariable, variable);
        }

        return Diagnostic.Create(Descriptors.HardcodedKey, location, properties.ToImmutable(), mask, where, advice);
    }
}
