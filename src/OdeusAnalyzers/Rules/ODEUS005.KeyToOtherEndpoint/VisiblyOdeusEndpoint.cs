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

        // The text first: an argument list that writes none of the endpoint names gives no endpoint.
        if (!WritesAnEndpointName(tree.GetText(cancellationToken), arguments.Span))
        {
            return false;
        }

        foreach (var given in GivenEndpoints(arguments))
        {
            if (IsOdeusHttps(given, RoslynSyntax.EnclosingMember(call), tree, depth: 0, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private static bool WritesAnEndpointName(SourceText text, TextSpan span)
    {
        foreach (var name in EndpointNames)
        {
            if (TextSearch.Contains(text, span, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The values the call's arguments give an endpoint: <c>endpoint: x</c>, and <c>Endpoint = x</c> in an initializer among them.</summary>
    private static IEnumerable<ExpressionSyntax> GivenEndpoints(ArgumentListSyntax arguments)
    {
        foreach (var argument in arguments.Arguments)
        {
            if (argument.NameColon is { } name && Array.IndexOf(EndpointNames, name.Name.Identifier.ValueText) >= 0)
            {
                yield return argument.Expression;
            }

            foreach (var assignment in argument.Expression.DescendantNodesAndSelf().OfType<AssignmentExpressionSyntax>())
            {
                if (assignment.Parent is InitializerExpressionSyntax && assignment.Left is IdentifierNameSyntax left && Array.IndexOf(EndpointNames, left.Identifier.ValueText) >= 0)
                {
                    yield return assignment.Right;
                }
            }
        }
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
                    && declared.All(d => (d.Initializer ?? d.Getter) is { } initial && initial.FirstAncestorOrSelf<TypeDeclarationSyntax>() == type
                        && IsOdeusHttps(initial, member, tree, depth + 1, cancellationToken));
            default:
                return false;
        }
    }

    private static bool IsOdeusHttps(string url) =>
        url.Trim().StartsWith("https://", StringComparison.OrdinalIgnoreCase) && ClientEndpoint.Classify(url) == EndpointKind.Odeus;
}
