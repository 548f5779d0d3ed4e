using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>
/// The names of values used where a file builds clients: every variable or member named in the members that hold its
/// sink candidates (types and called methods left out). A constant declared or assigned in another file can only reach
/// those clients under one of these names, so only files that share a name need each other's clients. Cached per tree.
/// </summary>
internal static class SinkNames
{
    private const int MaximumFollowedNames = 256;

    private static readonly ConditionalWeakTable<SyntaxTree, HashSet<string>> s_names = new();

    public static HashSet<string> Get(SyntaxTree tree, List<(SyntaxNode Node, SinkFamily Family)> candidates)
    {
        if (s_names.TryGetValue(tree, out var known))
        {
            return known;
        }

        var names = new HashSet<string>(System.StringComparer.Ordinal);
        var members = new HashSet<SyntaxNode>();
        foreach (var (node, _) in candidates)
        {
            var member = (SyntaxNode?)node.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is not GlobalStatementSyntax and not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax)
                ?? node.SyntaxTree.GetRoot();
            if (!members.Add(member))
            {
                continue;
            }

            foreach (var identifier in member.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (!SyntaxFacts.IsInTypeOnlyContext(identifier) && !IsCalled(identifier))
                {
                    names.Add(identifier.Identifier.ValueText);
                }
            }
        }

        AddNamesInValues(tree, names);
        return s_names.GetValue(tree, _ => names);
    }

    /// <summary>
    /// Follows the names through this file's own declarations and assignments (<c>const string K = Settings.Key;</c>),
    /// so that the file declaring <c>Key</c> finds this file's clients too.
    /// </summary>
    private static void AddNamesInValues(SyntaxTree tree, HashSet<string> names)
    {
        var text = tree.GetText();
        var root = tree.GetRoot();
        var pending = new Queue<string>(names);
        for (var followed = 0; pending.Count > 0 && followed < MaximumFollowedNames; followed++)
        {
            var name = pending.Dequeue();
            foreach (var position in WordSearch.Find(text, name) ?? new List<int>())
            {
                var token = root.FindToken(position);
                if (token.SpanStart != position || token.ValueText != name)
                {
                    continue;
                }

                var value = token.Parent switch
                {
                    VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                    PropertyDeclarationSyntax property => property.Initializer?.Value,
                    IdentifierNameSyntax { Parent: AssignmentExpressionSyntax assignment } identifier when assignment.Left == identifier => assignment.Right,
                    _ => null,
                };
                foreach (var identifier in value?.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>() ?? Enumerable.Empty<IdentifierNameSyntax>())
                {
                    if (names.Add(identifier.Identifier.ValueText))
                    {
                        pending.Enqueue(identifier.Identifier.ValueText);
                    }
                }
            }
        }
    }

    private static bool IsCalled(IdentifierNameSyntax identifier) => identifier.Parent switch
    {
        InvocationExpressionSyntax invocation => invocation.Expression == identifier,
        MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } access => access.Name == identifier && invocation.Expression == access,
        _ => false,
    };
}

/// <summary>Which of the names used at clients a file declares as a field or property, or assigns to one.</summary>
internal static class ConstantHolders
{
    public static HashSet<string>? Declared(SyntaxTree tree, string[] names, CancellationToken cancellationToken)
    {
        if (names.Length == 0 || WordSearch.FindAny(tree.GetText(cancellationToken), names) is not { } positions)
        {
            return null;
        }

        var root = tree.GetRoot(cancellationToken);
        HashSet<string>? declared = null;
        foreach (var position in positions)
        {
            var token = root.FindToken(position);
            if (token.SpanStart == position && token.IsKind(SyntaxKind.IdentifierToken) && HoldsMember(token))
            {
                (declared ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(token.ValueText);
            }
        }

        return declared;
    }

    private static bool HoldsMember(SyntaxToken token)
    {
        switch (token.Parent)
        {
            case VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax }:
            case PropertyDeclarationSyntax:
                return true;
            case IdentifierNameSyntax name:
                var target = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : (ExpressionSyntax)name;
                return target.Parent is AssignmentExpressionSyntax assignment && assignment.Left == target
                    && (target is MemberAccessExpressionSyntax || !IsLocalOrParameter(name));
            default:
                return false;
        }
    }

    /// <summary>A local or parameter of that name in the enclosing member: the assignment is to it, not to a member.</summary>
    private static bool IsLocalOrParameter(IdentifierNameSyntax name)
    {
        var member = name.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is not GlobalStatementSyntax);
        if (member is null)
        {
            return true;
        }

        var text = name.Identifier.ValueText;
        foreach (var node in member.DescendantNodes())
        {
            if ((node is VariableDeclaratorSyntax { Parent.Parent: not FieldDeclarationSyntax } declarator && declarator.Identifier.ValueText == text)
                || (node is ParameterSyntax parameter && parameter.Identifier.ValueText == text)
                || (node is SingleVariableDesignationSyntax designation && designation.Identifier.ValueText == text))
            {
                return true;
            }
        }

        return false;
    }
}
