using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>A <c>const</c> field as written: enough to follow key parts from one constant to another by name, without binding.</summary>
internal sealed class ConstField
{
    private static readonly ConditionalWeakTable<SyntaxTree, ConstField[]> ByTree = new();

    private ConstField(string name, bool isVisibleToOtherFiles, HashSet<string> identifiers, string initializer)
    {
        Name = name;
        IsVisibleToOtherFiles = isVisibleToOtherFiles;
        Identifiers = identifiers;
        Initializer = initializer;
    }

    public string Name { get; }

    /// <summary>False for a private constant of a non-partial type, which no other file can name.</summary>
    public bool IsVisibleToOtherFiles { get; }

    /// <summary>The names the initializer uses.</summary>
    public HashSet<string> Identifiers { get; }

    public string Initializer { get; }

    /// <summary>The constants declared in <paramref name="tree"/>, read once per tree; method bodies are never walked.</summary>
    public static ConstField[] In(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (ByTree.TryGetValue(tree, out var fields))
        {
            return fields;
        }

        var found = new List<ConstField>();
        Collect(tree.GetRoot(cancellationToken), found);
        return ByTree.GetValue(tree, _ => found.ToArray());
    }

    private static void Collect(SyntaxNode node, List<ConstField> found)
    {
        var members = node switch
        {
            CompilationUnitSyntax unit => unit.Members,
            BaseNamespaceDeclarationSyntax ns => ns.Members,
            TypeDeclarationSyntax type => type.Members,
            _ => default,
        };
        foreach (var member in members)
        {
            if (member is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
            {
                var visible = CanBeNamedFromOtherFiles(field);
                foreach (var variable in field.Declaration.Variables)
                {
                    if (variable.Initializer is { } initializer)
                    {
                        found.Add(Create(variable, initializer, visible));
                    }
                }
            }
            else if (member is BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
            {
                Collect(member, found);
            }
        }
    }

    private static ConstField Create(VariableDeclaratorSyntax variable, EqualsValueClauseSyntax initializer, bool isVisibleToOtherFiles)
    {
        var identifiers = new HashSet<string>(
            initializer.Value.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText),
            StringComparer.Ordinal);
        return new ConstField(variable.Identifier.ValueText, isVisibleToOtherFiles, identifiers, initializer.Value.ToString());
    }

    private static bool CanBeNamedFromOtherFiles(FieldDeclarationSyntax field)
    {
        var containingType = field.Parent as TypeDeclarationSyntax;
        if (containingType is null || containingType.Modifiers.Any(SyntaxKind.PartialKeyword) || containingType is InterfaceDeclarationSyntax)
        {
            return true;
        }

        var accessibility = field.Modifiers.Where(m => m.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.PrivateKeyword).ToList();
        return accessibility.Count != 0 && !(accessibility.Count == 1 && accessibility[0].IsKind(SyntaxKind.PrivateKeyword));
    }
}
