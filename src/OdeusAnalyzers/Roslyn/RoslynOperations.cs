using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OdeusAnalyzers;

/// <summary>Questions about operation trees that several rules ask.</summary>
internal static class RoslynOperations
{
    /// <summary>The operation inside its conversions and parentheses: what was written.</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>The operation with the conversions and parentheses around it: where it is used.</summary>
    public static IOperation Outer(IOperation operation)
    {
        while (operation.Parent is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    /// <summary>The root of the operation tree: the body, or the initializer, that holds <paramref name="operation"/>.</summary>
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    /// <summary>A private, internal or private protected member declared in source: one the key and endpoint tracing follow to its writes.</summary>
    public static bool IsPrivateOrInternal(ISymbol member) =>
        member.DeclaredAccessibility is Accessibility.Private or Accessibility.Internal or Accessibility.ProtectedAndInternal
        && member.DeclaringSyntaxReferences.Length > 0;

    /// <summary>The value a local is declared with, unwrapped, found in the body that holds <paramref name="reference"/>; null when it has none.</summary>
    public static IOperation? Initializer(ILocalReferenceOperation reference)
    {
        foreach (var operation in Root(reference).Descendants())
        {
            if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local))
            {
                return declarator.GetVariableInitializer()?.Value is { } initial ? Unwrap(initial) : null;
            }
        }

        return null;
    }
}
