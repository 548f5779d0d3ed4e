using System;
using System.Net;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OdeusAnalyzers;

internal static class ClientEndpoint
{
    private const int MaximumRemembered = 1024;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, EndpointKind> s_classified = new(StringComparer.Ordinal);

    /// <summary>The endpoint given in the same call: an <c>endpoint</c> argument, <c>options.Endpoint</c>, an HTTP client's <c>BaseAddress</c>, Betalgo's <c>BaseDomain</c>.</summary>
    public static EndpointKind Of(IOperation call) =>
        GivenEndpoint.Of(call) is { State: EndpointState.Url } endpoint ? Classify(endpoint.Url) : EndpointKind.Unknown;

    public static EndpointKind Classify(string? url)
    {
        if (url is null)
        {
            return EndpointKind.Unknown;
        }

        // The same few URLs are classified again and again (every client of a file, every edit): parsing one makes a Uri.
        if (s_classified.TryGetValue(url, out var known))
        {
            return known;
        }

        var kind = ClassifyUrl(url);
        if (s_classified.Count < MaximumRemembered)
        {
            s_classified.TryAdd(url, kind);
        }

        return kind;
    }

    private static EndpointKind ClassifyUrl(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return EndpointKind.Unknown;
        }

        var host = uri.Host.TrimEnd('.');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address)))
        {
            return EndpointKind.Loopback;
        }

        return string.Equals(host, "odeus.ai", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".odeus.ai", StringComparison.OrdinalIgnoreCase)
            ? EndpointKind.Odeus
            : EndpointKind.Other;
    }

    /// <summary>
    /// The AI provider a URL's host belongs to (one of <see cref="KeyProviders"/>): an Odeus host (<c>odeus.ai</c> and
    /// its subdomains, which the <c>odeus.endpoint</c> option's host always is), <c>api.openai.com</c>, or an Azure
    /// OpenAI resource (<c>*.openai.azure.com</c>); null for any other host, or no URL.
    /// </summary>
    public static string? ProviderOf(string? url)
    {
        switch (Classify(url))
        {
            case EndpointKind.Odeus:
                return KeyProviders.Odeus;
            case EndpointKind.Other:
                var host = new Uri(url!.Trim(), UriKind.Absolute).Host.TrimEnd('.');
                return string.Equals(host, "api.openai.com", StringComparison.OrdinalIgnoreCase) ? KeyProviders.OpenAI
                    : host.EndsWith(".openai.azure.com", StringComparison.OrdinalIgnoreCase) ? KeyProviders.AzureOpenAI
                    : null;
            default:
                return null;
        }
    }

    /// <summary>Betalgo's <c>ProviderType = ProviderType.Azure</c>, set next to the key.</summary>
    public static bool IsAzureProvider(ISimpleAssignmentOperation keyAssignment) =>
        SetNextTo(keyAssignment, "ProviderType") is { } provider && RoslynOperations.Unwrap(provider) is IFieldReferenceOperation { Field: { Name: "Azure", ContainingType.Name: "ProviderType" } };

    /// <summary>The value given to another property of the object whose key is set: in the same initializer, or on the same local or parameter.</summary>
    public static IOperation? SetNextTo(ISimpleAssignmentOperation keyAssignment, string property)
    {
        if (keyAssignment.Parent is IObjectOrCollectionInitializerOperation initializer)
        {
            return Assigned(initializer, property);
        }

        if (keyAssignment.Target is IPropertyReferenceOperation { Instance: { } instance } && Referenced(instance) is { } options)
        {
            foreach (var operation in RoslynOperations.Root(keyAssignment).Descendants())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } other } target } assignment
                    && target.Property.Name == property && SymbolEqualityComparer.Default.Equals(Referenced(other), options))
                {
                    return assignment.Value;
                }
            }
        }

        return null;
    }

    /// <summary>The value set to <paramref name="property"/> where the object is created, or on the local that holds it.</summary>
    public static IOperation? Member(IOperation value, string property)
    {
        value = RoslynOperations.Unwrap(value);
        if (value is ILocalReferenceOperation local)
        {
            foreach (var operation in RoslynOperations.Root(value).Descendants())
            {
                if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local)
                    && declarator.Initializer?.Value is { } initial && Member(initial, property) is { } fromInitializer)
                {
                    return fromInitializer;
                }

                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    && target.Property.Name == property && target.Instance is ILocalReferenceOperation instance
                    && SymbolEqualityComparer.Default.Equals(instance.Local, local.Local))
                {
                    return assignment.Value;
                }
            }

            return null;
        }

        return value is IObjectCreationOperation { Initializer: { } initializer } ? Assigned(initializer, property) : null;
    }

    private static IOperation? Assigned(IObjectOrCollectionInitializerOperation initializer, string property)
    {
        foreach (var initialization in initializer.Initializers)
        {
            if (initialization is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment && target.Property.Name == property)
            {
                return assignment.Value;
            }
        }

        return null;
    }

    /// <summary>An object created right here, or in the initializer of the local that holds it.</summary>
    public static bool IsBuiltHere(IOperation value)
    {
        value = RoslynOperations.Unwrap(value);
        if (value is IObjectCreationOperation)
        {
            return true;
        }

        return value is ILocalReferenceOperation local && RoslynOperations.Initializer(local) is IObjectCreationOperation;
    }

    private static ISymbol? Referenced(IOperation operation) => RoslynOperations.Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };

    /// <summary>
    /// Whether a candidate visibly sends to a loopback address, in the forms <see cref="GivenEndpoint"/> reads from
    /// the same call: an <c>endpoint:</c> argument, or an argument built with an initializer that sets
    /// <c>Endpoint</c> or <c>BaseAddress</c>, to a literal URL (or <c>new Uri("…")</c>) on localhost; for Betalgo's
    /// <c>ApiKey</c>, a <c>BaseDomain</c> set beside it; for a credential, the client call it is an argument of.
    /// Such a client's key is exempt, so the census need not bind the call to learn it. Syntax only: it only skips.
    /// </summary>
    public static bool IsLoopbackInSyntax(SyntaxNode node, bool isCredential)
    {
        if (node is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax beside })
        {
            return SetsLoopback(beside);
        }

        var call = isCredential && node.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax } list }
            ? list.Parent!
            : node;
        var arguments = call switch
        {
            BaseObjectCreationExpressionSyntax creation => creation.ArgumentList?.Arguments,
            InvocationExpressionSyntax invocation => invocation.ArgumentList.Arguments,
            _ => null,
        };
        foreach (var argument in arguments ?? default)
        {
            if ((argument.NameColon?.Name.Identifier.ValueText == "endpoint" && IsLoopback(argument.Expression))
                || (argument.Expression is BaseObjectCreationExpressionSyntax { Initializer: { } initializer } && SetsLoopback(initializer)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SetsLoopback(InitializerExpressionSyntax initializer)
    {
        foreach (var expression in initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Endpoint" or "BaseAddress" or "BaseDomain" } } assignment
                && IsLoopback(assignment.Right))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLoopback(ExpressionSyntax expression) => LiteralUrl(expression) is { } url && Classify(url) == EndpointKind.Loopback;

    private static string? LiteralUrl(ExpressionSyntax? expression) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } when arguments[0].Expression is LiteralExpressionSyntax literal
            && literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        _ => null,
    };
}
