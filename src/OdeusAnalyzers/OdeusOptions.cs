using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OdeusAnalyzers;

/// <summary>The package's <c>.editorconfig</c> options.</summary>
internal static class OdeusOptions
{
    public const string EnvironmentVariableKey = "odeus.environment_variable";
    public const string DefaultEnvironmentVariable = "ODEUS_API_KEY";

    /// <summary>The variable the fix reads for keys in <paramref name="tree"/>: the option's value, or the default when it is missing or invalid.</summary>
    public static string GetEnvironmentVariable(AnalyzerOptions options, SyntaxTree tree, out string? invalidValue)
    {
        invalidValue = null;
        if (!options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(EnvironmentVariableKey, out var value))
        {
            return DefaultEnvironmentVariable;
        }

        var name = value.Trim();
        if (IsVariableName(name))
        {
            return name;
        }

        invalidValue = value;
        return DefaultEnvironmentVariable;
    }

    public static bool IsVariableName(string name)
    {
        if (name.Length == 0 || !(IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(IsAsciiLetter(c) || c is (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
