using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>
/// A concatenation whose parts are all string literals or names (<c>"sk-ld-" + Body</c>, <c>Parts.A + Parts.B</c>):
/// the only shape in which C# folds strings into a constant.
/// </summary>
internal static class ConstantConcatenation
{
    public static bool IsCandidate(ExpressionSyntax expression) => TryCollectParts(expression, null);

    /// <summary>The parts, left to right, or null when <paramref name="concatenation"/> can never be a constant string.</summary>
    public static List<ExpressionSyntax>? GetParts(BinaryExpressionSyntax concatenation)
    {
        var parts = new List<ExpressionSyntax>();
        return TryCollectParts(concatenation, parts) ? parts : null;
    }

    /// <summary>The constant value of each part, or null when one is not a constant string.</summary>
    public static string[]? GetPartValues(List<ExpressionSyntax> parts, SemanticModel? model, CancellationToken cancellationToken)
    {
        var values = new string[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] is LiteralExpressionSyntax literal)
            {
                values[i] = literal.Token.ValueText;
            }
            else if (model?.GetConstantValue(parts[i], cancellationToken) is { HasValue: true, Value: string value })
            {
                values[i] = value;
            }
            else
            {
                return null;
            }
        }

        return values;
    }

    public static bool IsConcatenation(SyntaxNode? node) => node.IsKind(SyntaxKind.AddExpression);

    /// <summary>The node that holds <paramref name="expression"/>, past any parentheses around it.</summary>
    public static SyntaxNode? ParentOutsideParentheses(ExpressionSyntax expression)
    {
        var parent = expression.Parent;
        while (parent is ParenthesizedExpressionSyntax parenthesized)
        {
            parent = parenthesized.Parent;
        }

        return parent;
    }

    public static ExpressionSyntax InsideParentheses(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    private static bool TryCollectParts(ExpressionSyntax expression, List<ExpressionSyntax>? parts)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return TryCollectParts(parenthesized.Expression, parts);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                return TryCollectParts(binary.Left, parts) && TryCollectParts(binary.Right, parts);
            case LiteralExpressionSyntax literal when literal.Kind() is SyntaxKind.StringLiteralExpression or SyntaxKind.Utf8StringLiteralExpression:
            case IdentifierNameSyntax:
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access when IsNameChain(access.Expression):
                parts?.Add(expression);
                return true;
            default:
                return false;
        }
    }

    private static bool IsNameChain(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax or AliasQualifiedNameSyntax or PredefinedTypeSyntax => true,
        MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access => IsNameChain(access.Expression),
        _ => false,
    };
}
