using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>
/// A concatenation whose parts are all string literals or names (<c>"sk-ld-" + Body</c>, <c>Parts.A + Parts.B</c>):
/// the only shape in which C# folds strings into a constant. Walks are iterative: generated code can chain
/// thousands of operands.
/// </summary>
internal static class ConstantConcatenation
{
    public static bool IsConcatenation(SyntaxNode? node) => node.IsKind(SyntaxKind.AddExpression);

    /// <summary>The top of the chain of additions that <paramref name="expression"/> is part of, or null when it is in none.</summary>
    public static BinaryExpressionSyntax? Outermost(ExpressionSyntax expression)
    {
        BinaryExpressionSyntax? outermost = null;
        for (var node = expression.Parent; node is ParenthesizedExpressionSyntax || IsConcatenation(node); node = node!.Parent)
        {
            if (node is BinaryExpressionSyntax binary)
            {
                outermost = binary;
            }
        }

        return outermost;
    }

    /// <summary>
    /// The largest concatenations under <paramref name="outermost"/> (itself included) whose parts could all be
    /// constant strings, so that a constant part of a longer run-time concatenation is still seen.
    /// </summary>
    public static IReadOnlyList<BinaryExpressionSyntax> FindCandidates(BinaryExpressionSyntax outermost)
    {
        var outerLeft = InsideParentheses(outermost.Left);
        var outerRight = InsideParentheses(outermost.Right);
        if (!IsConcatenation(outerLeft) && !IsConcatenation(outerRight))
        {
            // The common two-operand addition (i + 1, a + b), decided without allocating.
            return IsPart(outerLeft) && IsPart(outerRight) ? new[] { outermost } : System.Array.Empty<BinaryExpressionSyntax>();
        }

        var candidates = new List<BinaryExpressionSyntax>();
        var isCandidate = new Dictionary<ExpressionSyntax, bool>();
        var stack = new Stack<(ExpressionSyntax Node, bool Visited)>();
        stack.Push((outermost, false));
        while (stack.Count > 0)
        {
            var (node, visited) = stack.Pop();
            var inner = InsideParentheses(node);
            if (inner is not BinaryExpressionSyntax binary || !IsConcatenation(binary))
            {
                isCandidate[node] = IsPart(inner);
                continue;
            }

            if (!visited)
            {
                stack.Push((node, true));
                stack.Push((binary.Right, false));
                stack.Push((binary.Left, false));
                continue;
            }

            var left = isCandidate[binary.Left];
            var right = isCandidate[binary.Right];
            isCandidate[node] = left && right;
            if (!(left && right))
            {
                AddIfConcatenationCandidate(binary.Left, left, candidates);
                AddIfConcatenationCandidate(binary.Right, right, candidates);
            }
        }

        if (isCandidate[outermost])
        {
            candidates.Add(outermost);
        }

        return candidates;
    }

    /// <summary>The parts of a candidate, left to right.</summary>
    public static List<ExpressionSyntax> GetParts(BinaryExpressionSyntax concatenation)
    {
        var parts = new List<ExpressionSyntax>();
        var stack = new Stack<ExpressionSyntax>();
        stack.Push(concatenation);
        while (stack.Count > 0)
        {
            var node = InsideParentheses(stack.Pop());
            if (node is BinaryExpressionSyntax binary && IsConcatenation(binary))
            {
                stack.Push(binary.Right);
                stack.Push(binary.Left);
            }
            else
            {
                parts.Add(node);
            }
        }

        return parts;
    }

    /// <summary>The constant value of each part; null for a part that is not a constant string.</summary>
    public static string?[] GetPartValues(List<ExpressionSyntax> parts, SemanticModel model, CancellationToken cancellationToken) =>
        GetPartValues(parts, new System.Lazy<SemanticModel>(() => model), cancellationToken);

    /// <summary>The same, creating the semantic model only when a part is a name: literals need none.</summary>
    public static string?[] GetPartValues(List<ExpressionSyntax> parts, System.Lazy<SemanticModel> model, CancellationToken cancellationToken)
    {
        var values = new string?[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] is LiteralExpressionSyntax literal)
            {
                values[i] = literal.Token.ValueText;
            }
            else if (model.Value.GetConstantValue(parts[i], cancellationToken) is { HasValue: true, Value: string value })
            {
                values[i] = value;
            }
        }

        return values;
    }

    private static void AddIfConcatenationCandidate(ExpressionSyntax operand, bool isCandidate, List<BinaryExpressionSyntax> candidates)
    {
        if (isCandidate && InsideParentheses(operand) is BinaryExpressionSyntax binary && IsConcatenation(binary))
        {
            candidates.Add(binary);
        }
    }

    private static bool IsPart(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal => literal.Kind() is SyntaxKind.StringLiteralExpression or SyntaxKind.Utf8StringLiteralExpression,
        IdentifierNameSyntax => true,
        MemberAccessExpressionSyntax access => access.IsKind(SyntaxKind.SimpleMemberAccessExpression) && IsNameChain(access.Expression),
        _ => false,
    };

    private static ExpressionSyntax InsideParentheses(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    private static bool IsNameChain(ExpressionSyntax expression)
    {
        while (expression is MemberAccessExpressionSyntax access && access.IsKind(SyntaxKind.SimpleMemberAccessExpression))
        {
            expression = access.Expression;
        }

        return expression is IdentifierNameSyntax or AliasQualifiedNameSyntax or PredefinedTypeSyntax;
    }
}
