using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>
/// The fields and properties a file declares, by name, with the names their initializers read: enough to tell,
/// from syntax alone, whether the file can hold a constant that another file's client reads. Only type members are
/// walked, never method bodies. Cached per tree.
/// </summary>
internal static class DeclaredValues
{
    private static readonly ConditionalWeakTable<SyntaxTree, Dictionary<string, List<string>>> s_declared = new();

    /// <summary>Each field or property name declared in <paramref name="tree"/>, with the identifiers its initializers name.</summary>
    public static Dictionary<string, List<string>> Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (s_declared.TryGetValue(tree, out var known))
        {
            return known;
        }

        var declared = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
        AddMembers(tree.GetRoot(cancellationToken), declared);
        return s_declared.GetValue(tree, _ => declared);
    }

    private static void AddMembers(SyntaxNode container, Dictionary<string, List<string>> declared)
    {
        foreach (var child in container.ChildNodes())
        {
            switch (child)
            {
                case BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax:
                    AddMembers(child, declared);
                    break;
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        Add(declared, variable.Identifier.ValueText, variable.Initializer?.Value);
                    }

                    break;
                case PropertyDeclarationSyntax property:
                    Add(declared, property.Identifier.ValueText, property.Initializer?.Value);
                    break;
            }
        }
    }

    private static void Add(Dictionary<string, List<string>> declared, string name, ExpressionSyntax? initializer)
    {
        if (!declared.TryGetValue(name, out var names))
        {
            declared.Add(name, names = new List<string>());
        }

        if (initializer is not null)
        {
            foreach (var identifier in initializer.DescendantNodesAndSelf())
            {
                if (identifier is IdentifierNameSyntax { Identifier.ValueText: var text })
                {
                    names.Add(text);
                }
            }
        }
    }
}
