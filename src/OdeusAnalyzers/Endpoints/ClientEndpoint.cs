using System;
using System.Net;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OdeusAnalyzers;

internal static class ClientEndpoint
{
    /// <summary>The endpoint given in the same call: an <c>endpoint</c> argument, <c>options.Endpoint</c>, an HTTP client's <c>BaseAddress</c>, Betalgo's <c>BaseDomain</c>.</summary>
    public static EndpointKind Of(IOperation call) =>
        GivenEndpoint.Of(call) is { State: EndpointState.Url } endpoint ? Classify(endpoint.Url) : EndpointKind.Unknown;

    public static EndpointKind Classify(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
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
}
