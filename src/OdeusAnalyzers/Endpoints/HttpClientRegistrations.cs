using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>
/// The addresses a compilation gives its named and typed HTTP clients where it registers them:
/// <c>services.AddHttpClient("name", c =&gt; c.BaseAddress = new Uri("…"))</c>, <c>AddHttpClient&lt;T&gt;(c =&gt; …)</c>,
/// <c>AddHttpClient&lt;TClient, TImplementation&gt;(…)</c>. Found from the text (<c>AddHttpClient</c>) and the syntax of
/// the registration, once per compilation and only when a header first asks; a URL that is not a literal is read as a
/// constant.
/// </summary>
internal sealed class HttpClientRegistrations
{
    private const string RegistrationName = "AddHttpClient";
    private const string BaseAddress = nameof(BaseAddress);

    private readonly Compilation _compilation;
    private readonly object _gate = new();
    private Registrations? _registrations;

    public HttpClientRegistrations(Compilation compilation) => _compilation = compilation;

    /// <summary>The address registered for the client named <paramref name="name"/> (<c>factory.CreateClient(name)</c>).</summary>
    public string? OfName(string name, CancellationToken cancellationToken) =>
        Get(cancellationToken).ByName.TryGetValue(name, out var address) ? UrlIn(address, cancellationToken) : null;

    /// <summary>The address registered for the typed client <paramref name="typeName"/> (a simple type name), whose constructor is given the <c>HttpClient</c>.</summary>
    public string? OfType(string typeName, CancellationToken cancellationToken) =>
        Get(cancellationToken).ByType.TryGetValue(typeName, out var address) ? UrlIn(address, cancellationToken) : null;

    /// <summary>A URL written as a string literal, <c>new Uri(…)</c> of one, or any constant expression (bound only then).</summary>
    public string? UrlIn(ExpressionSyntax expression, CancellationToken cancellationToken)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                return literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
            case BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments }:
                return UrlIn(arguments[0].Expression, cancellationToken);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax or BinaryExpressionSyntax or InterpolatedStringExpressionSyntax:
                return _compilation.ContainsSyntaxTree(expression.SyntaxTree)
                    && SemanticModels.Of(_compilation, expression.SyntaxTree).GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: string url }
                    ? url
                    : null;
            default:
                return null;
        }
    }

    /// <summary>What <paramref name="lambda"/> (a client's configuration) assigns to its <c>HttpClient</c> parameter's <c>BaseAddress</c>.</summary>
    public static ExpressionSyntax? BaseAddressIn(LambdaExpressionSyntax lambda)
    {
        var parameter = lambda switch
        {
            SimpleLambdaExpressionSyntax simple => simple.Parameter,
            ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters: { Count: > 0 } parameters } => parameters[parameters.Count - 1],
            _ => null,
        };
        if (parameter is null)
        {
            return null;
        }

        foreach (var assignment in lambda.Body.DescendantNodesAndSelf().OfType<AssignmentExpressionSyntax>())
        {
            if (assignment.Left is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax client, Name.Identifier.ValueText: BaseAddress }
                && client.Identifier.ValueText == parameter.Identifier.ValueText)
            {
                return assignment.Right;
            }
        }

        return null;
    }

    private Registrations Get(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _registrations ??= Find(cancellationToken);
        }
    }

    private Registrations Find(CancellationToken cancellationToken)
    {
        var found = new Registrations();
        foreach (var tree in _compilation.SyntaxTrees)
        {
            if (!TextSearch.Mentions(tree, RegistrationName, cancellationToken))
            {
                continue;
            }

            var root = tree.GetRoot(cancellationToken);
            foreach (var position in TextSearch.Find(tree.GetText(cancellationToken), RegistrationName) ?? new List<int>())
            {
                var token = root.FindToken(position);
                if (token.SpanStart != position || token.ValueText != RegistrationName || token.Parent is not SimpleNameSyntax name
                    || (name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access.Parent : name.Parent) is not InvocationExpressionSyntax registration)
                {
                    continue;
                }

                var arguments = registration.ArgumentList.Arguments;
                if (arguments.Select(argument => argument.Expression).OfType<LambdaExpressionSyntax>().Select(BaseAddressIn).FirstOrDefault(address => address is not null) is not { } address)
                {
                    continue;
                }

                if (arguments[0].Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && !found.ByName.ContainsKey(literal.Token.ValueText))
                {
                    found.ByName.Add(literal.Token.ValueText, address);
                }

                foreach (var type in (name as GenericNameSyntax)?.TypeArgumentList.Arguments ?? default)
                {
                    if (SinkCandidates.SimpleName(type) is { } typeName && !found.ByType.ContainsKey(typeName))
                    {
                        found.ByType.Add(typeName, address);
                    }
                }
            }
        }

        return found;
    }

    private sealed class Registrations
    {
        public Dictionary<string, ExpressionSyntax> ByName { get; } = new(System.StringComparer.Ordinal);

        public Dictionary<string, ExpressionSyntax> ByType { get; } = new(System.StringComparer.Ordinal);
    }
}
