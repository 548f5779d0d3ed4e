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
/// a <c>const</c> field or a static initializer becomes a static property evaluated at first use (never inside the
/// type initializer, whose TypeInitializationException would hide the cause); a <c>const</c> local becomes a plain
/// local.
/// </summary>
internal static class DeclarationRewrite
{
    public static void Apply(
        SyntaxEditor editor,
        SyntaxNode original,
        SyntaxNode edited,
        List<KeyDeclaration> keyDeclarations,
        IReadOnlyDictionary<int, string> newNames,
        SemanticModel model,
        CancellationToken cancellationToken)
    {
        switch (edited)
        {
            case LocalDeclarationStatementSyntax local:
                var withoutConst = local.WithModifiers(SyntaxFactory.TokenList(local.Modifiers.Where(m => !m.IsKind(SyntaxKind.ConstKeyword))))
                    .WithLeadingTrivia(local.GetLeadingTrivia());
                editor.ReplaceNode(original, withoutConst);
                break;
            case FieldDeclarationSyntax field:
                ApplyToField(editor, (FieldDeclarationSyntax)original, field, keyDeclarations, newNames, model, cancellationToken);
                break;
            case PropertyDeclarationSyntax property when property.Initializer is not null:
                var member = new StaticMember(
                    property.AttributeLists,
                    property.Modifiers,
                    property.Type,
                    property.Identifier,
                    property.Initializer.Value,
                    model.GetTypeInfo(((PropertyDeclarationSyntax)original).Type, cancellationToken).Type,
                    keyDeclarations[0].IsSettable,
                    property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.SetAccessorDeclaration))?.Modifiers ?? default);
                ReplaceWithMembers(editor, original, ReadAtFirstUse(member, original, model).ToList(), property);
                break;
        }
    }

    private static void ApplyToField(
        SyntaxEditor editor,
        FieldDeclarationSyntax original,
        FieldDeclarationSyntax edited,
        List<KeyDeclaration> keyDeclarations,
        IReadOnlyDictionary<int, string> newNames,
        SemanticModel model,
        CancellationToken cancellationToken)
    {
        var convertedNames = new HashSet<string>(keyDeclarations.Select(d => d.Declarator!.Identifier.ValueText));
        var converted = edited.Declaration.Variables.Where(v => convertedNames.Contains(v.Identifier.ValueText)).ToList();
        var remaining = edited.Declaration.Variables.Where(v => !convertedNames.Contains(v.Identifier.ValueText)).ToList();
        var type = model.GetTypeInfo(original.Declaration.Type, cancellationToken).Type;
        var attributes = remaining.Count == 0 ? edited.AttributeLists : default;
        var modifiers = SyntaxFactory.TokenList(edited.Modifiers.Where(m => !m.IsKind(SyntaxKind.ConstKeyword) && !m.IsKind(SyntaxKind.ReadOnlyKeyword) && !m.IsKind(SyntaxKind.VolatileKeyword)));
        var members = converted
            .SelectMany(v => ReadAtFirstUse(
                new StaticMember(attributes, modifiers, edited.Declaration.Type, Renamed(v.Identifier, original.Declaration.Variables[edited.Declaration.Variables.IndexOf(v)].Identifier, newNames), v.Initializer!.Value, type, IsSettable(keyDeclarations, v), default),
                original,
                model))
            .ToList();
        if (remaining.Count == 0)
        {
            ReplaceWithMembers(editor, original, members, edited);
            return;
        }

        editor.InsertAfter(original, members.Select(m => m.WithAdditionalAnnotations(Formatter.Annotation)));
        editor.ReplaceNode(original, edited.WithDeclaration(edited.Declaration.WithVariables(SyntaxFactory.SeparatedList(remaining))));
    }

    /// <summary>The identifier of the property a field becomes: renamed when <see cref="PropertyNames"/> gave it a new name.</summary>
    private static SyntaxToken Renamed(SyntaxToken identifier, SyntaxToken originalIdentifier, IReadOnlyDictionary<int, string> newNames) =>
        newNames.TryGetValue(originalIdentifier.SpanStart, out var name) ? SyntaxFactory.Identifier(identifier.LeadingTrivia, name, identifier.TrailingTrivia) : identifier;

    private static bool IsSettable(List<KeyDeclaration> keyDeclarations, VariableDeclaratorSyntax variable) =>
        keyDeclarations.Any(d => d.IsSettable && d.Declarator!.Identifier.ValueText == variable.Identifier.ValueText);

    /// <summary>
    /// A string is cheap to read again: an expression-bodied property. Anything else (a client, say) is built once, on
    /// first use, through <see cref="System.Lazy{T}"/>, which rethrows the same clear exception on every later use.
    /// A member that is also assigned gets a cached value with a setter instead.
    /// </summary>
    private static IEnumerable<MemberDeclarationSyntax> ReadAtFirstUse(StaticMember member, SyntaxNode original, SemanticModel model)
    {
        var modifiers = member.Modifiers.Any(SyntaxKind.StaticKeyword) ? member.Modifiers : InsertStatic(member.Modifiers);
        modifiers = SyntaxFactory.TokenList(modifiers.Select(m => m.WithoutTrivia().WithTrailingTrivia(SyntaxFactory.Space)));
        var type = member.Type.WithoutTrivia();
        var value = AsExpression(member.Value.WithoutTrivia(), type);
        if (member.IsSettable)
        {
            var cacheName = UniqueName(original.Parent, "cached" + PropertyNames.For(member.Identifier.ValueText), model);
            var annotationsEnabled = model.GetNullableContext(original.SpanStart).AnnotationsEnabled();
            var cacheType = annotationsEnabled && type is not NullableTypeSyntax ? SyntaxFactory.NullableType(type) : type;
            yield return PrivateStaticField(cacheType, cacheName, initializer: null, isReadOnly: false);
            var cache = SyntaxFactory.IdentifierName(cacheName);
            var read = SyntaxFactory.BinaryExpression(
                SyntaxKind.CoalesceExpression,
                cache,
                SyntaxFactory.ParenthesizedExpression(SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, cache, value)));
            var write = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, cache, SyntaxFactory.IdentifierName("value"));
            // One accessor a line, laid out here: the formatter would join them, and the getter's read needs a line of its own.
            var indentation = original.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToString();
            var step = LongReadLines.IndentStep(original.SyntaxTree.GetText());
            var accessors = SyntaxFactory.AccessorList(SyntaxFactory.List(new[]
            {
                Accessor(SyntaxKind.GetAccessorDeclaration, default, read).NormalizeWhitespace().WithLeadingTrivia(OnNewLine(indentation + step)),
                Accessor(SyntaxKind.SetAccessorDeclaration, member.SetterModifiers, write).NormalizeWhitespace().WithLeadingTrivia(OnNewLine(indentation + step)),
            }))
                .WithOpenBraceToken(SyntaxFactory.Token(OnNewLine(indentation), SyntaxKind.OpenBraceToken, default))
                .WithCloseBraceToken(SyntaxFactory.Token(OnNewLine(indentation), SyntaxKind.CloseBraceToken, default));
            yield return SyntaxFactory.PropertyDeclaration(type.WithTrailingTrivia(SyntaxFactory.Space), member.Identifier.WithoutTrivia())
                .WithAttributeLists(member.Attributes)
                .WithModifiers(modifiers)
                .WithAccessorList(accessors)
                .WithLeadingTrivia(SyntaxFactory.CarriageReturnLineFeed, SyntaxFactory.CarriageReturnLineFeed, SyntaxFactory.Whitespace(indentation));
            yield break;
        }

        if (member.TypeSymbol?.SpecialType == SpecialType.System_String)
        {
            yield return ExpressionBodied(member.Attributes, modifiers, type, member.Identifier, value);
            yield break;
        }

        var lazyName = UniqueName(original.Parent, "lazy" + PropertyNames.For(member.Identifier.ValueText), model);
        var lazyType = SyntaxFactory.ParseTypeName("global::System.Lazy<" + type + ">").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        var creation = SyntaxFactory.ObjectCreationExpression(
            lazyType,
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxFactory.ParenthesizedLambdaExpression(value)))),
            null);
        yield return PrivateStaticField(lazyType, lazyName, creation, isReadOnly: true);
        var lazyValue = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(lazyName), SyntaxFactory.IdentifierName("Value"));
        yield return ExpressionBodied(member.Attributes, modifiers, type, member.Identifier, lazyValue);
    }

    /// <summary>An array initializer (<c>= { ... }</c>) is only valid in a declaration: elsewhere it needs <c>new T[] { ... }</c>.</summary>
    private static ExpressionSyntax AsExpression(ExpressionSyntax value, TypeSyntax type) =>
        value is InitializerExpressionSyntax initializer && type is ArrayTypeSyntax arrayType
            ? SyntaxFactory.ArrayCreationExpression(arrayType, initializer)
            : value;

    private static FieldDeclarationSyntax PrivateStaticField(TypeSyntax type, string name, ExpressionSyntax? initializer, bool isReadOnly)
    {
        var declarator = SyntaxFactory.VariableDeclarator(name);
        if (initializer is not null)
        {
            declarator = declarator.WithInitializer(SyntaxFactory.EqualsValueClause(initializer));
        }

        var modifiers = new List<SyntaxToken> { SyntaxFactory.Token(SyntaxKind.PrivateKeyword), SyntaxFactory.Token(SyntaxKind.StaticKeyword) };
        if (isReadOnly)
        {
            modifiers.Add(SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword));
        }

        return SyntaxFactory.FieldDeclaration(SyntaxFactory.VariableDeclaration(type, SyntaxFactory.SingletonSeparatedList(declarator)))
            .WithModifiers(SyntaxFactory.TokenList(modifiers))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    private static SyntaxTriviaList OnNewLine(string indentation) =>
        SyntaxFactory.TriviaList(SyntaxFactory.CarriageReturnLineFeed, SyntaxFactory.Whitespace(indentation));

    private static AccessorDeclarationSyntax Accessor(SyntaxKind kind, SyntaxTokenList modifiers, ExpressionSyntax body) =>
        SyntaxFactory.AccessorDeclaration(kind)
            .WithModifiers(modifiers)
            .WithExpressionBody(SyntaxFactory.ArrowExpressionClause(body))
            .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken));

    private static PropertyDeclarationSyntax ExpressionBodied(SyntaxList<AttributeListSyntax> attributes, SyntaxTokenList modifiers, TypeSyntax type, SyntaxToken identifier, ExpressionSyntax value) =>
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

    /// <summary>The parts of a static field or auto-property that its replacement keeps.</summary>
    private sealed class StaticMember
    {
        public StaticMember(
            SyntaxList<AttributeListSyntax> attributes,
            SyntaxTokenList modifiers,
            TypeSyntax type,
            SyntaxToken identifier,
            ExpressionSyntax value,
            ITypeSymbol? typeSymbol,
            bool isSettable,
            SyntaxTokenList setterModifiers)
        {
            Attributes = attributes;
            Modifiers = modifiers;
            Type = type;
            Identifier = identifier;
            Value = value;
            TypeSymbol = typeSymbol;
            IsSettable = isSettable;
            SetterModifiers = setterModifiers;
        }

        public SyntaxList<AttributeListSyntax> Attributes { get; }

        public SyntaxTokenList Modifiers { get; }

        public TypeSyntax Type { get; }

        public SyntaxToken Identifier { get; }

        public ExpressionSyntax Value { get; }

        public ITypeSymbol? TypeSymbol { get; }

        public bool IsSettable { get; }

        public SyntaxTokenList SetterModifiers { get; }
    }
}
