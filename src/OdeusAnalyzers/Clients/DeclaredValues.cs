using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>
/// The fields and properties a file declares under a name: enough to tell, from syntax alone, whether a name read at
/// a client can hold a constant that the key tracing follows, and which file declares it. Found from the places the
/// file's text holds the name, so only the declarations asked about are ever read (walking every member of every
/// file made most of the census's allocations); never method bodies. Cached per tree and name.
/// </summary>
internal static class DeclaredValues
{
    private static readonly ConditionalWeakTable<SyntaxTree, NamedAnswers<List<DeclaredValue>?>> s_byTree = new();

    /// <summary>The fields and properties <paramref name="tree"/> declares as <paramref name="name"/>, in source order; null when none.</summary>
    public static List<DeclaredValue>? Named(SyntaxTree tree, string name, CancellationToken cancellationToken)
    {
        var known = s_byTree.GetValue(tree, static _ => new NamedAnswers<List<DeclaredValue>?>());
        return known.TryGet(name, out var values) ? values : known.Add(name, Find(tree, name, cancellationToken));
    }

    /// <summary>
    /// The field or property whose initializer or getter holds <paramref name="position"/>, with the name it declares;
    /// null when the position is in no such value.
    /// </summary>
    public static (string Name, DeclaredValue Value)? Holding(SyntaxTree tree, SyntaxNode root, int position)
    {
        for (var node = root.FindToken(position).Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case FieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (variable.Initializer?.Value.Span.Contains(position) == true)
                        {
                            return (variable.Identifier.ValueText, FromField(tree, field, variable));
                        }
                    }

                    return null;
                case PropertyDeclarationSyntax property:
                    var value = FromProperty(tree, property);
                    return value.Initializer?.Span.Contains(position) == true || value.Getter?.Span.Contains(position) == true
                        ? (property.Identifier.ValueText, value)
                        : null;
                case BaseTypeDeclarationSyntax or BaseNamespaceDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static List<DeclaredValue>? Find(SyntaxTree tree, string name, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        if (TextSearch.Find(text, name) is not { } positions)
        {
            return null;
        }

        var root = tree.GetRoot(cancellationToken);
        List<DeclaredValue>? values = null;
        foreach (var position in positions)
        {
            // The declared identifier itself (`@name` too), not a longer one that holds the name or a use of it.
            if (!MayBeDeclaredAt(text, position, name.Length))
            {
                continue;
            }

            var token = root.FindToken(position);
            if (!RoslynSyntax.IsNameWrittenAt(token, position, name))
            {
                continue;
            }

            var value = token.Parent switch
            {
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax field } } variable when variable.Identifier == token
                    => FromField(tree, field, variable),
                PropertyDeclarationSyntax property when property.Identifier == token && property.Parent is TypeDeclarationSyntax
                    => FromProperty(tree, property),
                _ => null,
            };
            if (value is not null)
            {
                (values ??= new List<DeclaredValue>()).Add(value);
            }
        }

        return values;
    }

    /// <summary>
    /// What the text says before any token is found: a whole identifier, not after a dot, and followed by what ends a
    /// field's or property's name (<c>=</c>, <c>;</c>, <c>,</c>, <c>{</c>, <c>=&gt;</c>). Uses in calls and
    /// arguments (most places a name is written) are ruled out here; anything unusual after the name (a comment) is
    /// left to the tree.
    /// </summary>
    private static bool MayBeDeclaredAt(Microsoft.CodeAnalysis.Text.SourceText text, int position, int length)
    {
        var before = position - 1;
        if (before >= 0 && text[before] == '@')
        {
            before--;
        }

        if (before >= 0 && (TextSearch.IsIdentifierPart(text[before]) || text[before] == '.'))
        {
            return false;
        }

        var after = position + length;
        if (after < text.Length && TextSearch.IsIdentifierPart(text[after]))
        {
            return false;
        }

        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        return after >= text.Length || text[after] switch
        {
            '=' => after + 1 >= text.Length || text[after + 1] != '=',
            ';' or ',' or '{' or '/' or '#' => true,
            _ => false,
        };
    }

    private static DeclaredValue FromField(SyntaxTree tree, FieldDeclarationSyntax field, VariableDeclaratorSyntax variable)
    {
        var membersArePublic = field.Parent is InterfaceDeclarationSyntax;
        var fieldFollowed = !membersArePublic && RoslynSyntax.IsPrivateOrInternal(field.Modifiers) && !field.Modifiers.Any(SyntaxKind.VolatileKeyword);
        var initializer = variable.Initializer?.Value;
        return new DeclaredValue(
            tree,
            field.Modifiers.Any(SyntaxKind.ConstKeyword),
            fieldFollowed && !HoldsAnObject(field, initializer),
            IsPrivate(field.Modifiers),
            InPartialType(field),
            initializer,
            Names(initializer));
    }

    private static DeclaredValue FromProperty(SyntaxTree tree, PropertyDeclarationSyntax property)
    {
        var membersArePublic = property.Parent is InterfaceDeclarationSyntax;
        var initializer = property.Initializer?.Value;
        return new DeclaredValue(
            tree,
            isConst: false,
            RoslynSyntax.IsAutoProperty(property) && !membersArePublic && RoslynSyntax.IsPrivateOrInternal(property.Modifiers),
            IsPrivate(property.Modifiers),
            InPartialType(property),
            initializer,
            Names(initializer),
            RoslynSyntax.GetterValue(property));
    }

    private static bool InPartialType(MemberDeclarationSyntax member) =>
        member.Parent is TypeDeclarationSyntax type && type.Modifiers.Any(SyntaxKind.PartialKeyword);

    /// <summary>
    /// A readonly field initialized with an object (<c>static readonly ApiKeyCredential s_key = new(...)</c>): its type
    /// is not <c>string</c>, so it never holds the string constant a key position takes.
    /// </summary>
    private static bool HoldsAnObject(FieldDeclarationSyntax field, ExpressionSyntax? initializer) =>
        field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword)
        && initializer is ObjectCreationExpressionSyntax { Type: not PredefinedTypeSyntax } or ImplicitObjectCreationExpressionSyntax
        && field.Declaration.Type is not PredefinedTypeSyntax and not IdentifierNameSyntax { Identifier.ValueText: "String" or "Object" or "var" or "dynamic" }
            and not QualifiedNameSyntax { Right.Identifier.ValueText: "String" or "Object" };

    private static bool IsPrivate(SyntaxTokenList modifiers) =>
        !modifiers.Any(SyntaxKind.InternalKeyword) && !modifiers.Any(SyntaxKind.PublicKeyword) && !modifiers.Any(SyntaxKind.ProtectedKeyword);

    /// <summary>
    /// The values an initializer reads, when it may be a constant (a literal, a name, a concatenation…): never the
    /// types or methods it names, and nothing at all for an object, a call or a lambda, which no constant comes from.
    /// </summary>
    private static IReadOnlyList<string> Names(ExpressionSyntax? initializer)
    {
        if (initializer is null or BaseObjectCreationExpressionSyntax or AnonymousFunctionExpressionSyntax or ArrayCreationExpressionSyntax
            or CollectionExpressionSyntax or InitializerExpressionSyntax
            || (initializer is InvocationExpressionSyntax invocation && invocation.Expression is not IdentifierNameSyntax { Identifier.ValueText: "nameof" }))
        {
            return System.Array.Empty<string>();
        }

        if (initializer is LiteralExpressionSyntax)
        {
            return System.Array.Empty<string>();
        }

        List<string>? names = null;
        foreach (var name in initializer.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (!SyntaxFacts.IsInTypeOnlyContext(name) && !(name.Parent is InvocationExpressionSyntax call && call.Expression == name))
            {
                (names ??= new List<string>()).Add(name.Identifier.ValueText);
            }
        }

        return (IReadOnlyList<string>?)names ?? System.Array.Empty<string>();
    }
}
