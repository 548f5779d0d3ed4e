using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>A field or property as its declaration reads, before anything is bound: whether the key tracing can follow it, and what it is initialized with.</summary>
internal sealed class DeclaredValue
{
    public DeclaredValue(SyntaxTree tree, bool isConst, bool isFollowed, bool isPrivate, bool inPartialType, ExpressionSyntax? initializer, IReadOnlyList<string> initializerNames, ExpressionSyntax? getter = null)
    {
        Getter = getter;
        Tree = tree;
        IsConst = isConst;
        IsFollowed = isFollowed;
        IsPrivate = isPrivate;
        InPartialType = inPartialType;
        Initializer = initializer;
        InitializerNames = initializerNames;
    }

    public SyntaxTree Tree { get; }

    public bool IsConst { get; }

    /// <summary>A private or internal field (not volatile) or auto-property: the key tracing follows it to its writes.</summary>
    public bool IsFollowed { get; }

    /// <summary>Read, and written, only in its type: in this file, or in the type's other parts when it is partial.</summary>
    public bool IsPrivate { get; }

    public bool InPartialType { get; }

    public ExpressionSyntax? Initializer { get; }

    /// <summary>What a property's getter returns, when it is one expression (see <see cref="RoslynSyntax.GetterValue"/>).</summary>
    public ExpressionSyntax? Getter { get; }

    /// <summary>The identifiers its initializer reads.</summary>
    public IReadOnlyList<string> InitializerNames { get; }

    /// <summary>
    /// Whether it may hold a constant that the key tracing follows, read in <paramref name="tree"/>. A <c>const</c>
    /// written as a literal that declares itself fake holds nothing to report.
    /// </summary>
    public bool MayHoldConstantIn(SyntaxTree tree) =>
        IsConst ? !IsDeclaredFakeLiteral : IsFollowed && (!IsPrivate || InPartialType || tree == Tree);

    private bool IsDeclaredFakeLiteral =>
        Initializer is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && DeclaredFakes.IsDeclaredFake(literal.Token.ValueText);
}
