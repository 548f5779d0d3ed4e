using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>
/// The fields and properties a file declares, by name: enough to tell, from syntax alone, whether a name read at a
/// client can hold a constant that the key tracing follows, and which file declares it. Only type members are
/// walked, never method bodies. Cached per tree.
/// </summary>
internal static class DeclaredValues
{
    private static readonly ConditionalWeakTable<SyntaxTree, Dictionary<string, List<DeclaredValue>>> s_declared = new();
    public static Dictionary<string, List<DeclaredValue>> Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (s_declared.TryGetValue(tree, out var known))
        {
            return known;
        }

        var declared = new Dictionary<string, List<DeclaredValue>>(System.StringComparer.Ordinal);
        AddMembers(tree, tree.GetRoot(cancellationToken), declared);
        return s_declared.GetValue(tree, _ => declared);
    }

    private static void AddMembers(SyntaxTree tree, SyntaxNode container, Dictionary<string, List<DeclaredValue>> declared)
    {
        var type = container as TypeDeclarationSyntax;
        var inPartialType = type?.Modifiers.Any(SyntaxKind.PartialKeyword) == true;
        var membersArePublic = type is InterfaceDeclarationSyntax;
        foreach (var child in container.ChildNodes())
        {
            switch (child)
            {
                case BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax:
                    AddMembers(tree, child, declared);
                    break;
                case FieldDeclarationSyntax field:
                    var isConst = field.Modifiers.Any(SyntaxKind.ConstKeyword);
                    var fieldFollowed = !membersArePublic && RoslynSyntax.IsPrivateOrInternal(field.Modifiers) && !field.Modifiers.Any(SyntaxKind.VolatileKeyword);
                    foreach (var variable in field.Declaration.Variables)
                    {
                        var followed = fieldFollowed && !HoldsAnObject(field, variable.Initializer?.Value);
                        Add(declared, variable.Identifier.ValueText, new DeclaredValue(
                            tree, isConst, followed, IsPrivate(field.Modifiers), inPartialType, variable.Initializer?.Value, Names(variable.Initializer?.Value)));
                    }

                    break;
                case PropertyDeclarationSyntax property:
                    Add(declared, property.Identifier.ValueText, new DeclaredValue(
                        tree,
                        isConst: false,
                        RoslynSyntax.IsAutoProperty(property) && !membersArePublic && RoslynSyntax.IsPrivateOrInternal(property.Modifiers),
                        IsPrivate(property.Modifiers),
                        inPartialType,
                        property.Initializer?.Value,
                        Names(property.Initializer?.Value),
                        RoslynSyntax.GetterValue(property)));
                    break;
            }
        }
    }

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
    private static List<string> Names(ExpressionSyntax? initializer)
    {
        var names = new List<string>();
        if (initializer is null or BaseObjectCreationExpressionSyntax or AnonymousFunctionExpressionSyntax or ArrayCreationExpressionSyntax
            or CollectionExpressionSyntax or InitializerExpressionSyntax
            || (initializer is InvocationExpressionSyntax invocation && invocation.Expression is not IdentifierNameSyntax { Identifier.ValueText: "nameof" }))
        {
            return names;
        }

        foreach (var name in initializer.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (!SyntaxFacts.IsInTypeOnlyContext(name) && !(name.Parent is InvocationExpressionSyntax call && call.Expression == name))
            {
                names.Add(name.Identifier.ValueText);
            }
        }

        return names;
    }

    private static void Add(Dictionary<string, List<DeclaredValue>> declared, string name, DeclaredValue value)
    {
        if (!declared.TryGetValue(name, out var values))
        {
            declared.Add(name, values = new List<DeclaredValue>());
        }

        values.Add(value);
    }
}
