using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>
/// A client construction or registration rewritten to send its key to the Odeus endpoint: the options it already has
/// get an <c>Endpoint</c>; otherwise the overload that takes a credential and options, or an <c>endpoint</c>, is used.
/// Every rewrite is bound before it is offered: one that would not compile is never offered.
/// </summary>
internal static class EndpointAddition
{
    public static ExpressionSyntax? Create(ExpressionSyntax call, string endpoint, SemanticModel model, CancellationToken cancellationToken)
    {
        var uri = Annotate(SyntaxFactory.ParseExpression("new global::System.Uri(" + SyntaxFactory.Literal(endpoint).Text + ")"));
        var rewritten = call switch
        {
            BaseObjectCreationExpressionSyntax creation => ForConstruction(creation, uri, model, cancellationToken),
            InvocationExpressionSyntax invocation => ForRegistration(invocation, uri, model, cancellationToken),
            _ => null,
        };
        if (rewritten is null)
        {
            return null;
        }

        var bound = model.GetSpeculativeSymbolInfo(call.SpanStart, rewritten, SpeculativeBindingOption.BindAsExpression).Symbol;
        return bound is IMethodSymbol method && method.Parameters.Any(p => p.Name is "options" or "endpoint")
            ? rewritten.WithAdditionalAnnotations(Formatter.Annotation)
            : null;
    }

    /// <summary><c>new ChatClient(model, key)</c> → <c>new ChatClient(model, new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = … })</c>.</summary>
    private static ExpressionSyntax? ForConstruction(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax uri, SemanticModel model, CancellationToken cancellationToken)
    {
        if (creation.ArgumentList is not { } list || list.Arguments.Any(a => a.NameColon is not null)
            || model.GetSymbolInfo(creation, cancellationToken).Symbol is not IMethodSymbol constructor)
        {
            return null;
        }

        var parameters = constructor.Parameters;
        var keyIndex = IndexOf(parameters, p => p.Name is "apiKey" or "credential");
        if (keyIndex < 0 || keyIndex >= list.Arguments.Count)
        {
            return null;
        }

        // The options the construction already passes, built right here: they get the endpoint.
        var optionsIndex = IndexOf(parameters, p => p.Name == "options");
        if (optionsIndex >= 0 && optionsIndex < list.Arguments.Count)
        {
            return list.Arguments[optionsIndex].Expression is ObjectCreationExpressionSyntax options
                ? creation.ReplaceNode(options, WithEndpoint(options, uri))
                : null;
        }

        var overload = constructor.ContainingType.InstanceConstructors.FirstOrDefault(c =>
            c.Parameters.Length == keyIndex + 2 && c.Parameters[keyIndex].Name == "credential" && c.Parameters[keyIndex + 1].Name == "options"
            && c.Parameters.Take(keyIndex).Select(p => p.Type).SequenceEqual(parameters.Take(keyIndex).Select(p => p.Type), SymbolEqualityComparer.Default));
        if (overload is null || list.Arguments.Count != keyIndex + 1)
        {
            return null;
        }

        var key = list.Arguments[keyIndex].Expression;
        var credential = parameters[keyIndex].Name == "credential"
            ? key
            : WithKey(Annotate(SyntaxFactory.ParseExpression("new global::System.ClientModel.ApiKeyCredential(__key__)")), key.WithoutTrivia());
        var optionsType = Annotate(SyntaxFactory.ParseTypeName(overload.Parameters[keyIndex + 1].Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));
        var newOptions = WithEndpoint(SyntaxFactory.ObjectCreationExpression(optionsType).WithArgumentList(null), uri);
        var arguments = list.Arguments.Take(keyIndex)
            .Append(SyntaxFactory.Argument(credential))
            .Append(SyntaxFactory.Argument(newOptions));
        return creation.WithArgumentList(list.WithArguments(SyntaxFactory.SeparatedList(arguments)));
    }

    /// <summary><c>kernel.AddOpenAIChatCompletion(model, key)</c> → <c>kernel.AddOpenAIChatCompletion(model, new Uri(…), key)</c>.</summary>
    private static ExpressionSyntax? ForRegistration(InvocationExpressionSyntax invocation, ExpressionSyntax uri, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method)
        {
            return null;
        }

        var arguments = invocation.ArgumentList.Arguments;
        var apiKey = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "apiKey");
        if (apiKey is not null)
        {
            return invocation.WithArgumentList(invocation.ArgumentList.AddArguments(
                SyntaxFactory.Argument(SyntaxFactory.NameColon("endpoint"), default, uri)));
        }

        var reduced = method.ReducedFrom is not null;
        var keyIndex = (method.ReducedFrom ?? method).Parameters.Select(p => p.Name).ToList().IndexOf("apiKey") - (reduced ? 1 : 0);
        if (keyIndex < 0 || keyIndex >= arguments.Count || arguments.Any(a => a.NameColon is not null))
        {
            return null;
        }

        return invocation.WithArgumentList(invocation.ArgumentList.WithArguments(arguments.Insert(keyIndex, SyntaxFactory.Argument(uri))));
    }

    private static ObjectCreationExpressionSyntax WithEndpoint(ObjectCreationExpressionSyntax options, ExpressionSyntax uri)
    {
        var assignment = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName("Endpoint"), uri);
        var initializer = options.Initializer is { } existing
            ? WithLast(existing, assignment)
            : SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(assignment));
        return options.WithInitializer(initializer).WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>
    /// <paramref name="initializer"/> with <paramref name="assignment"/> last. Written one per line, the line end stays
    /// after the comma (never a line holding only <c>,</c>), and a trailing comma stays trailing.
    /// </summary>
    private static InitializerExpressionSyntax WithLast(InitializerExpressionSyntax initializer, ExpressionSyntax assignment)
    {
        var expressions = initializer.Expressions;
        var hasTrailingComma = expressions.Count > 0 && expressions.SeparatorCount == expressions.Count;
        var lineEnd = expressions.Count == 0 ? default
            : hasTrailingComma ? expressions.GetSeparator(expressions.Count - 1).TrailingTrivia
            : expressions[expressions.Count - 1].GetTrailingTrivia();
        var endOfLine = lineEnd.LastOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
        if (!endOfLine.IsKind(SyntaxKind.EndOfLineTrivia))
        {
            return initializer.AddExpressions(assignment);
        }

        if (hasTrailingComma)
        {
            return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(expressions.GetWithSeparators()
                .Add(assignment)
                .Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(endOfLine))));
        }

        var last = expressions[expressions.Count - 1];
        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(expressions.Replace(last, last.WithoutTrailingTrivia()).GetWithSeparators()
            .Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(lineEnd))
            .Add(assignment.WithTrailingTrivia(endOfLine))));
    }

    private static ExpressionSyntax WithKey(ExpressionSyntax wrapper, ExpressionSyntax key) =>
        wrapper.ReplaceNode(wrapper.DescendantNodes().OfType<IdentifierNameSyntax>().First(n => n.Identifier.ValueText == "__key__"), key);

    private static int IndexOf(System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters, System.Func<IParameterSymbol, bool> match)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            if (match(parameters[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static T Annotate<T>(T node)
        where T : SyntaxNode =>
        node.ReplaceNodes(
            node.DescendantNodesAndSelf().Where(n => n is QualifiedNameSyntax or AliasQualifiedNameSyntax or MemberAccessExpressionSyntax),
            (_, current) => current.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation));
}
