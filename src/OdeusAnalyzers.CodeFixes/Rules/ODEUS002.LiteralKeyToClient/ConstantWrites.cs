using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>The constants written to the variable that a reported constant is written to, in the same document.</summary>
internal static class ConstantWrites
{
    /// <summary><paramref name="target"/> first, then every other constant initializer or assignment of the same local, field or property.</summary>
    public static IEnumerable<ExpressionSyntax> OfSameVariable(ExpressionSyntax target, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
    {
        yield return target;
        var variable = target.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => model.GetDeclaredSymbol(declarator, cancellationToken),
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => model.GetDeclaredSymbol(property, cancellationToken),
            AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment when assignment.Right == target =>
                model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol,
            _ => null,
        };
        if (variable is not (ILocalSymbol { IsConst: false } or IFieldSymbol { IsConst: false } or IPropertySymbol))
        {
            yield break;
        }

        var scope = variable is ILocalSymbol
            ? target.Ancestors().LastOrDefault(a => a is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax
                or AnonymousFunctionExpressionSyntax or GlobalStatementSyntax or ArrowExpressionClauseSyntax) ?? root
            : root;
        if (scope is GlobalStatementSyntax)
        {
            scope = root;
        }

        foreach (var node in scope.DescendantNodes())
        {
            var value = node switch
            {
                VariableDeclaratorSyntax { Initializer.Value: { } initial } declarator
                    when SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(declarator, cancellationToken), variable) => initial,
                PropertyDeclarationSyntax { Initializer.Value: { } initial } property
                    when SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(property, cancellationToken), variable) => initial,
                AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                    when SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol, variable) => assignment.Right,
                _ => null,
            };
            if (value is not null && value != target && model.GetConstantValue(value, cancellationToken) is { HasValue: true, Value: string text }
                && !string.IsNullOrWhiteSpace(text))
            {
                yield return value;
            }
        }
    }
}
