using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers.CodeFixes;

internal readonly struct KeyDeclaration
{
    private KeyDeclaration(KeyDeclarationKind kind, SyntaxNode? declaration, VariableDeclaratorSyntax? declarator, bool isSettable = false)
    {
        Kind = kind;
        Declaration = declaration;
        Declarator = declarator;
        IsSettable = isSettable;
    }

    public KeyDeclarationKind Kind { get; }

    /// <summary>The field, property or local declaration to rewrite.</summary>
    public SyntaxNode? Declaration { get; }

    /// <summary>The variable within <see cref="Declaration"/>, for fields and locals.</summary>
    public VariableDeclaratorSyntax? Declarator { get; }

    /// <summary>For a static initializer: the member is also assigned, so the new property needs a setter.</summary>
    public bool IsSettable { get; }

    public KeyDeclaration AsSettable() => new(Kind, Declaration, Declarator, isSettable: true);

    public static KeyDeclaration Find(ExpressionSyntax target)
    {
        for (var node = target.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AttributeArgumentSyntax or AttributeSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax or EnumMemberDeclarationSyntax:
                case EqualsValueClauseSyntax { Parent: ParameterSyntax }:
                case GotoStatementSyntax { RawKind: (int)SyntaxKind.GotoCaseStatement }:
                    return new KeyDeclaration(KeyDeclarationKind.ConstantOnly, null, null);
                case VariableDeclaratorSyntax declarator:
                    return ForDeclarator(declarator);
                case PropertyDeclarationSyntax property when property.Initializer is not null && property.Initializer.Span.Contains(target.Span):
                    return property.Modifiers.Any(SyntaxKind.StaticKeyword)
                        ? new KeyDeclaration(KeyDeclarationKind.StaticInitializer, property, null)
                        : new KeyDeclaration(KeyDeclarationKind.Code, null, null);
                case StatementSyntax or AnonymousFunctionExpressionSyntax or ArrowExpressionClauseSyntax or MemberDeclarationSyntax:
                    return new KeyDeclaration(KeyDeclarationKind.Code, null, null);
            }
        }

        return new KeyDeclaration(KeyDeclarationKind.Code, null, null);
    }

    private static KeyDeclaration ForDeclarator(VariableDeclaratorSyntax declarator)
    {
        switch (declarator.Parent?.Parent)
        {
            case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                return new KeyDeclaration(KeyDeclarationKind.ConstField, field, declarator);
            case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.StaticKeyword):
                return new KeyDeclaration(KeyDeclarationKind.StaticInitializer, field, declarator);
            case LocalDeclarationStatementSyntax local when local.IsConst:
                return new KeyDeclaration(KeyDeclarationKind.ConstLocal, local, declarator);
            default:
                return new KeyDeclaration(KeyDeclarationKind.Code, null, null);
        }
    }
}
