using System.Collections.Generic;

namespace OdeusAnalyzers;

/// <summary>
/// Each rule's custom tags. A SARIF 2.1 log carries them as the rule's <c>properties.tags</c>, where GitHub code
/// scanning looks for <c>security</c> and <c>external/cwe/cwe-N</c> to file results as security alerts.
/// </summary>
internal static class RuleTags
{
    public const string Security = "security";

    /// <summary>CWE-798, Use of Hard-coded Credentials.</summary>
    public const string HardCodedCredentials = "external/cwe/cwe-798";

    /// <summary>CWE-522, Insufficiently Protected Credentials.</summary>
    public const string InsufficientlyProtectedCredentials = "external/cwe/cwe-522";

    /// <summary>CWE-319, Cleartext Transmission of Sensitive Information (a key sent over http://).</summary>
    public const string CleartextTransmission = "external/cwe/cwe-319";

    private static readonly Dictionary<string, string[]> s_byRule = new()
    {
        [Descriptors.HardcodedKeyId] = new[] { Security, HardCodedCredentials },
        [Descriptors.LiteralKeyToClientId] = new[] { Security, HardCodedCredentials },
        [Descriptors.KeyInCommittedFileId] = new[] { Security, HardCodedCredentials },
        [Descriptors.BrowserHostedKeyId] = new[] { Security, HardCodedCredentials, InsufficientlyProtectedCredentials },
        [Descriptors.KeyToOtherEndpointId] = new[] { Security, InsufficientlyProtectedCredentials, CleartextTransmission },
        [Descriptors.SecretFileNotIgnoredId] = new[] { Security, InsufficientlyProtectedCredentials },
        [Descriptors.OdeusInServedFileId] = new[] { Security, HardCodedCredentials, InsufficientlyProtectedCredentials },
    };

    /// <summary>The tags of rule <paramref name="id"/>; none for a rule about the package's own configuration.</summary>
    public static string[] Of(string id) => s_byRule.TryGetValue(id, out var tags) ? tags : System.Array.Empty<string>();
}
