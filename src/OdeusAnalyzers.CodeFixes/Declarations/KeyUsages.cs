using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>How a field, property or local that is about to stop being a constant (or a field) is used across the solution.</summary>
internal static class KeyUsages
{
    /// <summary>True when no use needs a compile-time constant, so that the symbol may become a run-time value.</summary>
    public static Task<bool> AllAllowRunTimeValueAsync(ISymbol symbol, Solution solution, CancellationToken cancellationToken) =>
        AllReferencesAsync(symbol, solution, reference => KeyDeclaration.Find(reference).Kind is KeyDeclarationKind.Code or KeyDeclarationKind.StaticInitializer, cancellationToken);

    /// <summary>True when the symbol is only read, never assigned or passed by reference, so that it may become a get-only property.</summary>
    public static Task<bool> AllAreReadsAsync(ISymbol symbol, Solution solution, CancellationToken cancellationToken) =>
        AllReferencesAsync(symbol, solution, reference => !IsWrite(reference), cancellationToken);

    /// <summary>True when the symbol is never passed by reference nor has its address taken: plain assignments are fine for a property.</summary>
    public static Task<bool> NoneByReferenceAsync(ISymbol symbol, Solution solution, CancellationToken cancellationToken) =>
        AllReferencesAsync(symbol, solution, reference => !IsByReference(reference), cancellationToken);

    private static async Task<bool> AllReferencesAsync(ISymbol symbol, Solution solution, System.Func<ExpressionSyntax, bool> allowed, CancellationToken cancellationToken)
    {
        var references = await SymbolFinder.FindReferencesAsync(symbol, solution, cancellationToken).ConfigureAwait(false);
        foreach (var location in references.SelectMany(r => r.Locations))
        {
            var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root?.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax reference || !allowed(reference))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsByReference(ExpressionSyntax reference)
    {
        var expression = Outermost(reference);
        return expression.Parent switch
        {
            PrefixUnaryExpressionSyntax prefix => prefix.IsKind(SyntaxKind.AddressOfExpression),
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
            RefExpressionSyntax => true,
            _ => false,
        };
    }

    private static ExpressionSyntax Outermost(ExpressionSyntax reference) =>
        reference.Parent is MemberAccessExpressionSyntax access && access.Name == reference ? access : reference;

    private static bool IsWrite(ExpressionSyntax reference)
    {
        var expression = Outermost(reference);
        return expression.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == expression,
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => expression.Parent.Kind() is SyntaxKind.PreIncrementExpression
                or SyntaxKind.PreDecrementExpression or SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression
                or SyntaxKind.AddressOfExpression,
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
            RefExpressionSyntax => true,
            _ => false,
        };
    }
}
