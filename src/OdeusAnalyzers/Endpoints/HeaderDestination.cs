using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OdeusAnalyzers;

/// <summary>
/// Where an HTTP header that carries a key is sent, as far as the code visibly says: the <c>BaseAddress</c> of the
/// <c>HttpClient</c> whose <c>DefaultRequestHeaders</c> it is written to, or the URI of the <c>HttpRequestMessage</c>
/// whose <c>Headers</c> it is written to. The client or request is followed through the member that writes the
/// header (a local, a parameter, a lambda's parameter, an object initializer); a field through the syntax of its
/// type; a named client (<c>factory.CreateClient("name")</c>) or a typed client (an <c>HttpClient</c> given to a
/// constructor) to its registration (<see cref="HttpClientRegistrations"/>). The URL must be a constant.
/// </summary>
internal static class HeaderDestination
{
    private const string BaseAddress = nameof(BaseAddress);
    private const string RequestUri = nameof(RequestUri);

    /// <summary>The URL the header written by <paramref name="call"/> goes to, or null when the code does not show one.</summary>
    public static string? UrlOf(IOperation call, HttpClientRegistrations registrations, CancellationToken cancellationToken)
    {
        var headers = call switch
        {
            IInvocationOperation invocation => invocation.Instance,
            IObjectCreationOperation creation => AuthorizationTarget(creation),
            _ => null,
        };
        if (headers is null)
        {
            return null;
        }

        headers = RoslynOperations.Unwrap(headers);
        var (collection, owner) = headers switch
        {
            IPropertyReferenceOperation property => (property.Property.Name, property.Instance),
            IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } receiver => InitializedMember(receiver),
            _ => (null, null),
        };
        return (collection, owner) switch
        {
            ("DefaultRequestHeaders", { } client) => Address(client, BaseAddress, null, registrations, cancellationToken),
            ("Headers", { Type.Name: "HttpRequestMessage" } request) => RequestAddress(request, registrations, cancellationToken),
            _ => null,
        };
    }

    /// <summary>A request's absolute URI; for a relative one (or none), the <c>BaseAddress</c> of the client that sends it in the same member.</summary>
    private static string? RequestAddress(IOperation request, HttpClientRegistrations registrations, CancellationToken cancellationToken)
    {
        var uri = Address(request, RequestUri, "requestUri", registrations, cancellationToken);
        if (ClientEndpoint.Classify(uri) != EndpointKind.Unknown)
        {
            return uri;
        }

        request = RoslynOperations.Unwrap(request);
        var symbol = Referenced(request);
        foreach (var operation in RoslynOperations.Root(request).Descendants())
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "SendAsync" or "Send", Instance: { } client } send
                && send.Arguments.Any(argument => RoslynOperations.Unwrap(argument.Value) == request
                    || (symbol is not null && SymbolEqualityComparer.Default.Equals(Referenced(argument.Value), symbol))))
            {
                return Address(client, BaseAddress, null, registrations, cancellationToken);
            }
        }

        return uri;
    }

    /// <summary>The headers a <c>new AuthenticationHeaderValue(…)</c> is assigned to as <c>Authorization</c>: directly, or through a local.</summary>
    private static IOperation? AuthorizationTarget(IObjectCreationOperation creation)
    {
        var used = RoslynOperations.Outer(creation);
        if (used.Parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Authorization" } target } assignment && assignment.Value == used)
        {
            return target.Instance;
        }

        if (used.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } })
        {
            foreach (var operation in RoslynOperations.Root(creation).Descendants())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Authorization" } authorization } set
                    && RoslynOperations.Unwrap(set.Value) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                {
                    return authorization.Instance;
                }
            }
        }

        return null;
    }

    /// <summary><c>new HttpRequestMessage(…) { Headers = { Authorization = … } }</c>: the member initialized, and the object it belongs to.</summary>
    private static (string?, IOperation?) InitializedMember(IOperation receiver)
    {
        for (var parent = receiver.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member, Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation owner } })
            {
                return (member.Property.Name, owner);
            }
        }

        return (null, null);
    }

    /// <summary>The address of a client or request: set where it is created, or assigned to it in the same member; else by its type or registration.</summary>
    private static string? Address(IOperation owner, string property, string? parameter, HttpClientRegistrations registrations, CancellationToken cancellationToken)
    {
        owner = RoslynOperations.Unwrap(owner);
        if (AddressOfValue(owner, property, parameter, registrations, cancellationToken) is { } given)
        {
            return given;
        }

        var symbol = Referenced(owner);
        if (symbol is null)
        {
            return null;
        }

        foreach (var operation in RoslynOperations.Root(owner).Descendants())
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } instance } target } assignment
                    when target.Property.Name == property && SymbolEqualityComparer.Default.Equals(Referenced(instance), symbol):
                    return Url(assignment.Value);
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, symbol)
                    && declarator.GetVariableInitializer()?.Value is { } initial
                    && AddressOfValue(initial, property, parameter, registrations, cancellationToken) is { } initialized:
                    return initialized;
                case ISimpleAssignmentOperation assigned when SymbolEqualityComparer.Default.Equals(Referenced(assigned.Target), symbol)
                    && AddressOfValue(assigned.Value, property, parameter, registrations, cancellationToken) is { } fromAssignment:
                    return fromAssignment;
            }
        }

        return property == BaseAddress ? ClientOutsideMember(symbol, registrations, cancellationToken) : null;
    }

    /// <summary>A client or request created here (its initializer or constructor argument), or a named client taken from the factory.</summary>
    private static string? AddressOfValue(IOperation value, string property, string? parameter, HttpClientRegistrations registrations, CancellationToken cancellationToken)
    {
        switch (RoslynOperations.Unwrap(value))
        {
            case IObjectCreationOperation creation:
                if (ClientEndpoint.Member(creation, property) is { } set)
                {
                    return Url(set);
                }

                return creation.Arguments.FirstOrDefault(argument => parameter is not null && argument.Parameter?.Name == parameter) is { } argument ? Url(argument.Value) : null;
            case IInvocationOperation { TargetMethod.Name: "CreateClient" } invocation
                when invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "name")?.Value.ConstantValue is { HasValue: true, Value: string name }:
                return registrations.OfName(name, cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>
    /// A client held in a field or property (set in another member of its type, found in the type's syntax) or given
    /// to a constructor (a typed client, found through its registration).
    /// </summary>
    private static string? ClientOutsideMember(ISymbol symbol, HttpClientRegistrations registrations, CancellationToken cancellationToken)
    {
        if (symbol is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: var typed } })
        {
            return registrations.OfType(typed.Name, cancellationToken);
        }

        if (symbol is not (IFieldSymbol or IPropertySymbol) || symbol.ContainingType is not { } type)
        {
            return null;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
            {
                var url = node switch
                {
                    VariableDeclaratorSyntax { Initializer.Value: var initial } declarator when declarator.Identifier.ValueText == symbol.Name
                        => SyntaxAddress(initial, type, registrations, cancellationToken),
                    PropertyDeclarationSyntax { Initializer.Value: var initial } declared when declared.Identifier.ValueText == symbol.Name
                        => SyntaxAddress(initial, type, registrations, cancellationToken),
                    AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: BaseAddress } target } assignment when Names(target.Expression, symbol.Name)
                        => registrations.UrlIn(assignment.Right, cancellationToken),
                    AssignmentExpressionSyntax assignment when Names(assignment.Left, symbol.Name)
                        => SyntaxAddress(assignment.Right, type, registrations, cancellationToken),
                    _ => null,
                };
                if (url is not null)
                {
                    return url;
                }
            }
        }

        return null;
    }

    /// <summary>What a field or property of <paramref name="type"/> is given: a client created with its address, a named client, or the constructor's client (a typed client).</summary>
    private static string? SyntaxAddress(ExpressionSyntax value, INamedTypeSymbol type, HttpClientRegistrations registrations, CancellationToken cancellationToken)
    {
        switch (value)
        {
            case BaseObjectCreationExpressionSyntax { Initializer: { } initializer }:
                foreach (var expression in initializer.Expressions)
                {
                    if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: BaseAddress } } assignment)
                    {
                        return registrations.UrlIn(assignment.Right, cancellationToken);
                    }
                }

                return null;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CreateClient" }, ArgumentList.Arguments: { Count: 1 } arguments }
                when arguments[0].Expression is LiteralExpressionSyntax name:
                return registrations.OfName(name.Token.ValueText, cancellationToken);
            case IdentifierNameSyntax identifier:
                // `_http = http;` with a constructor's (or a primary constructor's) parameter: the client the container gives a typed client.
                var parameters = value.Ancestors().OfType<ConstructorDeclarationSyntax>().FirstOrDefault()?.ParameterList
                    ?? value.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault()?.ParameterList;
                return parameters is not null && parameters.Parameters.Any(parameter => parameter.Identifier.ValueText == identifier.Identifier.ValueText)
                    ? registrations.OfType(type.Name, cancellationToken)
                    : null;
            default:
                return null;
        }
    }

    private static bool Names(ExpressionSyntax expression, string name) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == name,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var member } => member.Identifier.ValueText == name,
        _ => false,
    };

    private static string? Url(IOperation value) => GivenEndpoint.FromValue(value) is { State: EndpointState.Url } endpoint ? endpoint.Url : null;

    private static ISymbol? Referenced(IOperation operation) => RoslynOperations.Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation property => property.Property,
        _ => null,
    };
}
