using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OdeusAnalyzers;

/// <summary>
/// Whether a value passed as a key is an Odeus key: a literal with the ODEUS001 key shape, or a read of the Odeus
/// environment variable or configuration key, directly or through a local.
/// </summary>
internal static class OdeusKeySource
{
    private const int MaximumDepth = 6;

    public static bool IsOdeusKey(IOperation value, AnalyzerOptions options) => IsOdeusKey(value, options, 0);

    /// <summary>The key a credential object is built from: <c>new ApiKeyCredential(key)</c>, directly or through a local.</summary>
    public static IOperation? CredentialKey(IOperation credential, KnownClients clients)
    {
        var value = RoslynOperations.Unwrap(credential);
        if (value is ILocalReferenceOperation local)
        {
            value = RoslynOperations.Initializer(local) ?? value;
        }

        return value is IObjectCreationOperation creation && clients.IsCredential(creation.Type) && creation.Arguments.Length > 0
            ? creation.Arguments[0].Value
            : null;
    }

    private static bool IsOdeusKey(IOperation value, AnalyzerOptions options, int depth)
    {
        if (depth > MaximumDepth)
        {
            return false;
        }

        value = RoslynOperations.Unwrap(value);
        if (value.ConstantValue is { HasValue: true, Value: string text })
        {
            return KeyScanner.TryFindKey(text, 0, text.Length, out _);
        }

        var tree = value.Syntax.SyntaxTree;
        switch (value)
        {
            case ICoalesceOperation coalesce:
                return IsOdeusKey(coalesce.Value, options, depth + 1);
            case IInvocationOperation read when Reads(value)?.EnvironmentVariableRead(read) is { } name:
                return string.Equals(name, OdeusOptions.EnvironmentVariable.Value(options, tree), StringComparison.Ordinal)
                    || string.Equals(name, OdeusOptions.DefaultEnvironmentVariable, StringComparison.Ordinal);
            case IPropertyReferenceOperation indexer when Reads(value)?.ConfigurationRead(indexer) is { } key:
                return string.Equals(key, OdeusOptions.ConfigurationKey.Value(options, tree), StringComparison.OrdinalIgnoreCase)
                    || string.Equals(key, OdeusOptions.DefaultOdeusConfigurationKey, StringComparison.OrdinalIgnoreCase);
            case IPropertyReferenceOperation { Instance: null } property when ReaderProperty(property) is { } read:
                return IsOdeusKey(read, options, depth + 1);
            case IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction, Arguments.Length: 0 } call when ReaderFunction(call) is { } read:
                return IsOdeusKey(read, options, depth + 1);
            case ILocalReferenceOperation local:
                foreach (var operation in RoslynOperations.Root(value).Descendants())
                {
                    var written = operation switch
                    {
                        IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local) => declarator.Initializer?.Value,
                        ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local.Local) => assignment.Value,
                        _ => null,
                    };
                    if (written is not null && IsOdeusKey(written, options, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>
    /// What a static expression-bodied property returns (<c>static string OdeusApiKey => Environment...</c>, the reader
    /// the fixes declare), bound on its own: the property is one expression, so this binds little.
    /// </summary>
    private static IOperation? ReaderProperty(IPropertyReferenceOperation reference)
    {
        var property = reference.Property;
        if (!property.IsStatic || property.SetMethod is not null || property.DeclaringSyntaxReferences.Length != 1
            || property.DeclaringSyntaxReferences[0].GetSyntax() is not PropertyDeclarationSyntax { ExpressionBody.Expression: { } body }
            || reference.SemanticModel?.Compilation is not { } compilation || !compilation.ContainsSyntaxTree(body.SyntaxTree))
        {
            return null;
        }

        return SemanticModels.Of(compilation, body.SyntaxTree).GetOperation(body);
    }

    /// <summary>What a parameterless local function of the same body returns (<c>static string OdeusApiKey() => ...</c>).</summary>
    private static IOperation? ReaderFunction(IInvocationOperation call)
    {
        foreach (var operation in RoslynOperations.Root(call).Descendants())
        {
            if (operation is ILocalFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, call.TargetMethod)
                && (function.Body ?? function.IgnoredBody)?.Operations.Length == 1
                && (function.Body ?? function.IgnoredBody)!.Operations[0] is IReturnOperation { ReturnedValue: { } returned })
            {
                return returned;
            }
        }

        return null;
    }

    private static FrameworkReads? Reads(IOperation value) =>
        value.SemanticModel?.Compilation is { } compilation ? FrameworkReads.Of(compilation) : null;
}
