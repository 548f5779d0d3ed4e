using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OdeusAnalyzers;

/// <summary>
/// Whether a value passed as a key is an Odeus key: a literal with the ODEUS001 key shape, or a read of the Odeus
/// environment variable or configuration key, directly, through a local, or through a field's initializer, an
/// auto-property's initializer or a property's getter declared in any file (what ODEUS001's and ODEUS002's fixes write).
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
                // `read ?? throw …`, and the cached read the fixes write for a settable member: `cached ?? (cached = read)`.
                return IsOdeusKey(coalesce.Value, options, depth + 1) || IsOdeusKey(coalesce.WhenNull, options, depth + 1);
            case ISimpleAssignmentOperation assignment:
                return IsOdeusKey(assignment.Value, options, depth + 1);
            case IInvocationOperation read when Reads(value)?.EnvironmentVariableRead(read) is { } name:
                return string.Equals(name, OdeusOptions.EnvironmentVariable.Value(options, tree), StringComparison.Ordinal)
                    || string.Equals(name, OdeusOptions.DefaultEnvironmentVariable, StringComparison.Ordinal);
            case IPropertyReferenceOperation indexer when Reads(value)?.ConfigurationRead(indexer) is { } key:
                return string.Equals(key, OdeusOptions.ConfigurationKey.Value(options, tree), StringComparison.OrdinalIgnoreCase)
                    || string.Equals(key, OdeusOptions.DefaultOdeusConfigurationKey, StringComparison.OrdinalIgnoreCase);
            case IFieldReferenceOperation { Field: var field }:
                return DeclaredValue(field, value) is { } initial && IsOdeusKey(initial, options, depth + 1);
            case IPropertyReferenceOperation { Property: { IsIndexer: false } property }:
                return DeclaredValue(property, value) is { } returned && IsOdeusKey(returned, options, depth + 1);
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
    /// What a field is initialized with, or what a property returns: an auto-property's initializer, or its getter's
    /// one expression; bound on its own, in the file that declares it.
    /// </summary>
    private static IOperation? DeclaredValue(ISymbol member, IOperation reference)
    {
        if (member.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel?.Compilation is not { } compilation)
        {
            return null;
        }

        var value = member.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
            PropertyDeclarationSyntax property when RoslynSyntax.IsAutoProperty(property) => property.Initializer?.Value,
            PropertyDeclarationSyntax property => RoslynSyntax.GetterValue(property),
            _ => null,
        };
        // `x!` and `(x)` have no operation of their own.
        while (value is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } or ParenthesizedExpressionSyntax)
        {
            value = value is PostfixUnaryExpressionSyntax suppressed ? suppressed.Operand : ((ParenthesizedExpressionSyntax)value).Expression;
        }

        return value is not null && compilation.ContainsSyntaxTree(value.SyntaxTree)
            ? SemanticModels.Of(compilation, value.SyntaxTree).GetOperation(value)
            : null;
    }

    /// <summary>What a parameterless local function of the same body returns (<c>static string OdeusApiKey() => ...</c>, the reader the fixes declare in top-level statements).</summary>
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
