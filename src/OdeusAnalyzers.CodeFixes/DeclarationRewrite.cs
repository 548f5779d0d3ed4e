using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>
/// Turns a declaration whose value is now read at run time into one that compiles and fails clearly:
/// a <c>const</c> field or a static initializer becomes a get-only static property, evaluated at first use
/// (never inside the type initializer, whose TypeInitializationException would hide the cause); a <c>const</c> local
/// becomes a plain local.
/// </summary>
internal static class DeclarationRewrite
{
    public static void Apply(SyntaxEditor editor, SyntaxNode original, SyntaxNode edited, List<KeyHolder> holders, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (edited)
        {
            case LocalDeclarationStatementSyntax local:
                var withoutConst = local.WithModifiers(SyntaxFactory.TokenList(local.Modifiers.Where(m => !m.IsKind(SyntaxKind.ConstKeyword))))
                    .WithLeadingTrivia(local.GetLeadingTrivia());
                editor.ReplaceNode(original, withoutConst);
                break;
            case FieldDeclarationSyntax field:
                ApplyToField(editor, (FieldDeclarationSyntax)original, field, holders, model, cancellationToken);
                break;
            case PropertyDeclarationSyntax property when property.Initializer is not null:
                var type = model.GetTypeInfo(((PropertyDeclarationSyntax)original).Type, cancellationToken).Type;
                var members = ReadAtFirstUse(property.AttributeLists, property.Modifiers, property.Type, property.Identifier, property.Initializer.Value, type, original.Parent, model).ToList();
                ReplaceWithMembers(editor, original, members, property);
                break;
        }
    }

    private static void ApplyToField(SyntaxEditor editor, FieldDeclarationSyntax original, FieldDeclarationSyntax edited, List<KeyHolder> holders, SemanticModel model, CancellationToken cancellationToken)
    {
        var convertedNames = new HashSet<string>(holders.Select(h => h.Declarator!.Identifier.ValueText));
        var converted = edited.Declaration.Variables.Where(v => convertedNames.Contains(v.Identifier.ValueText)).ToList();
        var remaining = edited.Declaration.Variables.Where(v => !convertedNames.Contains(v.Identifier.ValueText)).ToList();
        var type = model.GetTypeInfo(original.Declaration.Type, cancellationToken).Type;
        var attributes = remaining.Count == 0 ? edited.AttributeLists : default;
        var modifiers = SyntaxFactory.TokenList(edited.Modifiers.Where(m => !m.IsKind(SyntaxKind.ConstKeyword) && !m.IsKind(SyntaxKind.ReadOnlyKeyword) && !m.IsKind(SyntaxKind.VolatileKeyword)));
        var members = converted
            .SelectMany(v => ReadAtFirstUse(attributes, modifiers, edited.Declaration.Type, v.Identifier, v.Initializer!.Value, type, original.Parent, model))
            .ToList();
        if (remaining.Count == 0)
        {
            ReplaceWithMembers(editor, original, members, edited);
            return;
        }

        editor.InsertAfter(original, members.Select(m => m.WithAdditionalAnnotations(Formatter.Annotation)));
        editor.ReplaceNode(original, edited.WithDeclaration(edited.Declaration.WithVariables(SyntaxFactory.SeparatedList(remaining))));
    }

    /// <summary>
    /// A string is cheap to read again: an expression-bodied property. Anything else (a client, say) is built once, on
    /// first use, through <see cref="System.Lazy{T}"/>, which rethrows the same clear exception on every later use.
    /// </summary>
    private static IEnumerable<MemberDeclarationSyntax> ReadAtFirstUse(
        SyntaxList<AttributeListSyntax> attributes,
        SyntaxTokenList modifiers,
        TypeSyntax type,
        SyntaxToken identifier,
        ExpressionSyntax value,
        ITypeSymbol? typeSymbol,
        SyntaxNode? container,
        SemanticModel model)
    {
        if (!modifiers.Any(SyntaxKind.StaticKeyword))
        {
            modifiers = InsertStatic(modifiers);
        }

        var cleanType = type.WithoutTrivia();
        var cleanModifiers = SyntaxFactory.TokenList(modifiers.Select(m => m.WithoutTrivia().WithTrailingTrivia(SyntaxFactory.Space)));
        if (typeSymbol?.SpecialType == SpecialType.System_String)
        {
            yield return Property(attributes, cleanModifiers, cleanType, identifier, value.WithoutTrivia());
            yield break;
        }

        var lazyName = UniqueName(container, "lazy" + char.ToUpperInvariant(identifier.ValueText[0]) + identifier.ValueText.Substring(1), model);
        var lazyType = SyntaxFactory.ParseTypeName("global::System.Lazy<" + cleanType + ">").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        var lambda = SyntaxFactory.ParenthesizedLambdaExpression(value.WithoutTrivia());
        var creation = SyntaxFactory.ObjectCreationExpression(lazyType, SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(lambda))), null);
        yield return SyntaxFactory.FieldDeclaration(
                SyntaxFactory.VariableDeclaration(lazyType, SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.VariableDeclarator(lazyName).WithInitializer(SyntaxFactory.EqualsValueClause(creation)))))
            .WithModifiers(SyntaxFactory.TokenList(
                SyntaxFactory.Token(SyntaxKind.PrivateKeyword), SyntaxFactory.Token(SyntaxKind.StaticKeyword), SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword)))
            .WithAdditionalAnnotations(Formatter.Annotation);
        var read = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(lazyName), SyntaxFactory.IdentifierName("Value"));
        yield return Property(attributes, cleanModifiers, cleanType, identifier, read);
    }

    private static PropertyDeclarationSyntax Property(SyntaxList<AttributeListSyntax> attributes, SyntaxTokenList modifiers, TypeSyntax type, SyntaxToken identifier, ExpressionSyntax value) =>
        SyntaxFactory.PropertyDeclaration(type.WithTrailingTrivia(SyntaxFactory.Space), identifier.WithoutTrivia())
            .WithAttributeLists(attributes)
            .WithModifiers(modifiers)
            .WithExpressionBody(SyntaxFactory.ArrowExpressionClause(value))
            .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken))
            .WithAdditionalAnnotations(Formatter.Annotation);

    private static void ReplaceWithMembers(SyntaxEditor editor, SyntaxNode original, List<MemberDeclarationSyntax> members, SyntaxNode edited)
    {
        // The declaration's comments and blank lines stay in front of the first new member; its line end after the last.
        var last = members.Count - 1;
        members[0] = members[0].WithLeadingTrivia(edited.GetLeadingTrivia());
        members[last] = members[last].WithTrailingTrivia(edited.GetTrailingTrivia());
        if (members.Count > 1)
        {
            editor.InsertAfter(original, members.Skip(1));
        }

        editor.ReplaceNode(original, members[0]);
    }

    private static SyntaxTokenList InsertStatic(SyntaxTokenList modifiers)
    {
        var accessModifiers = new[] { SyntaxKind.PublicKeyword, SyntaxKind.PrivateKeyword, SyntaxKind.ProtectedKeyword, SyntaxKind.InternalKeyword, SyntaxKind.NewKeyword };
        var index = modifiers.TakeWhile(m => accessModifiers.Contains(m.Kind())).Count();
        return modifiers.Insert(index, SyntaxFactory.Token(SyntaxKind.StaticKeyword));
    }

    private static string UniqueName(SyntaxNode? container, string name, SemanticModel model)
    {
        var taken = container is TypeDeclarationSyntax type && model.GetDeclaredSymbol(type) is { } symbol
            ? new HashSet<string>(symbol.GetMembers().Select(m => m.Name))
            : new HashSet<string>();
        var candidate = name;
        for (var i = 2; taken.Contains(candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
