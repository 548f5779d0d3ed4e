using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>
/// A client call whose own text gives it an https:// Odeus endpoint (<c>Endpoint = new Uri("https://api.odeus.ai/…")</c>
/// in its options, or <c>endpoint: …</c>), directly or through a field or property of its own type declared with one:
/// ODEUS005 has nothing to report there, so the call is not bound. Syntax only; it decides what to skip, never a report.
/// </summary>
internal static class VisiblyOdeusEndpoint
{
    private static readonly string[] EndpointNames = { "Endpoint", "endpoint", "BaseDomain" };

    public static bool Has(SyntaxNode call, SyntaxTree tree, CancellationToken cancellationToken)
    {
        // A credential built in a client's arguments goes where that client goes.
        if (call.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax } list })
        {
            return Has(list.Parent!, tree, cancellationToken);
        }

        var arguments = call switch
        {
            BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
            InvocationExpressionSyntax invocation => invocation.ArgumentList,
            _ => null,
        };
        if (arguments is null)
        {
            return false;
        }

        // Found from the places the argument list's text writes an endpoint name: no walk of the arguments.
        var text = tree.GetText(cancellationToken);
        foreach (var name in EndpointNames)
        {
            foreach (var position in TextSearch.FindIn(text, arguments.Span, name) ?? Enumerable.Empty<int>())
            {
                if (GivenAt(arguments, position, name) is { } given && IsOdeusHttps(given, RoslynSyntax.EnclosingMember(call), tree, depth: 0, cancellationToken))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The value an endpoint name written at <paramref name="position"/> gives: <c>endpoint: x</c> among the call's own
    /// arguments, or <c>Endpoint = x</c> in an object initializer anywhere in them; null for any other use of the name.
    /// </summary>
    private static ExpressionSyntax? GivenAt(ArgumentListSyntax arguments, int position, string name)
    {
        var token = arguments.FindToken(position);
        if (!RoslynSyntax.IsNameWrittenAt(token, position, name) || token.Parent is not IdentifierNameSyntax identifier)
        {
            return null;
        }

        return identifier.Parent switch
        {
            NameColonSyntax { Parent: ArgumentSyntax argument } when argument.Parent == arguments => argument.Expression,
            AssignmentExpressionSyntax assignment when assignment.Left == identifier && assignment.Parent is InitializerExpressionSyntax => assignment.Right,
            _ => null,
        };
    }

    private static bool IsOdeusHttps(ExpressionSyntax value, SyntaxNode member, SyntaxTree tree, int depth, CancellationToken cancellationToken)
    {
        switch (value)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return IsOdeusHttps(literal.Token.ValueText);
            case BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 1 } creation
                when creation is ImplicitObjectCreationExpressionSyntax || creation is ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax { Identifier.ValueText: "Uri" } or QualifiedNameSyntax { Right.Identifier.ValueText: "Uri" } }:
                return creation.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax text && text.IsKind(SyntaxKind.StringLiteralExpression) && IsOdeusHttps(text.Token.ValueText);
            case IdentifierNameSyntax name when depth == 0 && !RoslynSyntax.DeclaresLocal(member, name.Identifier.ValueText):
                // Declared in the call's own type, so the name cannot mean a member of a base type or another class.
                var type = member.FirstAncestorOrSelf<TypeDeclarationSyntax>();
                return type is not null && DeclaredValues.Named(tree, name.Identifier.ValueText, cancellationToken) is { } declared
                    && AllOdeusHttps(declared, type, member, tree, depth, cancellationToken);
            default:
                return false;
        }
    }

    private static bool AllOdeusHttps(List<DeclaredValue> declared, TypeDeclarationSyntax type, SyntaxNode member, SyntaxTree tree, int depth, CancellationToken cancellationToken)
    {
        foreach (var value in declared)
        {
            if ((value.Initializer ?? value.Getter) is not { } initial || initial.FirstAncestorOrSelf<TypeDeclarationSyntax>() != type
                || !IsOdeusHttps(initial, member, tree, depth + 1, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOdeusHttps(string url) =>
        url.Trim().StartsWith("https://", StringComparison.OrdinalIgnoreCase) && ClientEndpoint.Classify(url) == EndpointKind.Odeus;
}
