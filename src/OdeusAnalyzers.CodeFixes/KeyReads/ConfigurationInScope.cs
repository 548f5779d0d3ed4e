using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>
/// An <c>IConfiguration</c> the code at a position can read: a local or parameter declared before it, a field or
/// property, or a builder's <c>.Configuration</c>. Instance members count only where <c>this</c> is available.
/// </summary>
internal static class ConfigurationInScope
{
    /// <summary>The expression that reads the configuration at <paramref name="target"/>, or null when there is none.</summary>
    public static ExpressionSyntax? Find(ExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        if (FrameworkReads.Of(model.Compilation).Configuration is not { } configuration
            || target.Ancestors().Any(a => a is AnonymousFunctionExpressionSyntax { Modifiers: var m } && m.Any(SyntaxKind.StaticKeyword)
                || a is LocalFunctionStatementSyntax { Modifiers: var f } && f.Any(SyntaxKind.StaticKeyword)))
        {
            return null;
        }

        var position = target.SpanStart;
        var instanceAvailable = InstanceMembersAvailable(target);
        var candidates = model.LookupSymbols(position)
            .Where(symbol => symbol switch
            {
                ILocalSymbol local => DeclaredBefore(local, position, cancellationToken),
                IParameterSymbol => true,
                IFieldSymbol or IPropertySymbol => symbol.IsStatic || instanceAvailable,
                _ => false,
            })
            .OrderBy(symbol => symbol is ILocalSymbol or IParameterSymbol ? 0 : 1)
            .ThenBy(symbol => symbol.Name, System.StringComparer.Ordinal);
        foreach (var symbol in candidates)
        {
            var type = symbol switch
            {
                ILocalSymbol local => local.Type,
                IParameterSymbol parameter => parameter.Type,
                IFieldSymbol field => field.Type,
                IPropertySymbol property when !property.IsIndexer && property.GetMethod is not null => property.Type,
                _ => null,
            };
            if (type is null)
            {
                continue;
            }

            var name = SyntaxFactory.IdentifierName(SyntaxFacts.GetKeywordKind(symbol.Name) == SyntaxKind.None ? symbol.Name : "@" + symbol.Name);
            if (Implements(type, configuration))
            {
                return name;
            }

            if (type.GetMembers("Configuration").OfType<IPropertySymbol>().FirstOrDefault(p => !p.IsStatic && p.GetMethod is not null) is { } builderConfiguration
                && Implements(builderConfiguration.Type, configuration))
            {
                return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, name, SyntaxFactory.IdentifierName("Configuration"));
            }
        }

        return null;
    }

    private static bool Implements(ITypeSymbol type, INamedTypeSymbol configuration) =>
        SymbolEqualityComparer.Default.Equals(type, configuration)
        || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, configuration));

    private static bool DeclaredBefore(ILocalSymbol local, int position, CancellationToken cancellationToken) =>
        local.DeclaringSyntaxReferences.Length > 0
        && local.DeclaringSyntaxReferences.All(r => r.GetSyntax(cancellationToken) is var declaration
            && declaration.Span.End <= position
            && declaration.FirstAncestorOrSelf<StatementSyntax>() is { } statement && statement.Span.End <= position);

    /// <summary>
    /// Whether <c>this</c> can be used at <paramref name="target"/>: inside an instance method, constructor or accessor,
    /// not in a field or auto-property initializer (CS0236) and not in a constant, which the fix turns into a static property.
    /// </summary>
    private static bool InstanceMembersAvailable(SyntaxNode target)
    {
        foreach (var ancestor in target.Ancestors())
        {
            switch (ancestor)
            {
                case FieldDeclarationSyntax or EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax } or ParameterSyntax or AttributeSyntax
                    or ConstructorInitializerSyntax:
                    return false;
                case LocalDeclarationStatementSyntax { IsConst: true }:
                    continue;
                case BaseMethodDeclarationSyntax method:
                    return !method.Modifiers.Any(SyntaxKind.StaticKeyword);
                case BasePropertyDeclarationSyntax property:
                    return !property.Modifiers.Any(SyntaxKind.StaticKeyword);
                case GlobalStatementSyntax or TypeDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }
}
