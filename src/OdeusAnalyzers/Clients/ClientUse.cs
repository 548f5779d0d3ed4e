using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OdeusAnalyzers;

/// <summary>
/// The client a key is given to, as the message names it: the sink itself, or, for a credential object
/// (<c>new ApiKeyCredential(key)</c>), the client the credential is passed to.
/// </summary>
internal sealed class ClientUse
{
    private ClientUse(string parameterName, string clientName, ClientFamily family, EndpointKind endpoint, IReadOnlyList<SyntaxNode> locations, bool isRequest = false)
    {
        IsRequest = isRequest;
        ParameterName = parameterName;
        ClientName = clientName;
        Family = family;
        Endpoint = endpoint;
        Locations = locations;
    }

    public string ParameterName { get; }

    public string ClientName { get; }

    /// <summary>Whether <see cref="ClientName"/> describes an HTTP request (<c>an OpenAI request</c>) rather than naming a client.</summary>
    public bool IsRequest { get; }

    /// <summary>The client as a message names it: <c>'ChatClient'</c>, or <c>an OpenAI request</c>.</summary>
    public string InMessage => IsRequest ? ClientName : $"'{ClientName}'";

    public ClientFamily Family { get; }

    public EndpointKind Endpoint { get; }

    /// <summary>The construction or registration calls of the clients that take the key: the diagnostic's additional locations.</summary>
    public IReadOnlyList<SyntaxNode> Locations { get; }

    /// <summary>The same use, with its locations replaced (mapped from a sliced copy back to the source).</summary>
    public ClientUse WithLocations(IReadOnlyList<SyntaxNode> locations) => new(ParameterName, ClientName, Family, Endpoint, locations, IsRequest);

    /// <summary>The use, or null when every client the key reaches talks to a loopback address (a local model server).</summary>
    public static ClientUse? Find(KeySink sink, KnownClients clients, HttpClientRegistrations registrations, System.Threading.CancellationToken cancellationToken)
    {
        if (sink.Header is { } header)
        {
            return ForHeader(sink, header, registrations, cancellationToken);
        }

        if (sink.Call is IObjectCreationOperation creation && clients.IsCredential(creation.Type))
        {
            var consumers = Consumers(creation, clients);
            if (consumers.Count > 0)
            {
                var remote = consumers.Where(consumer => ClientEndpoint.Of(consumer.Call) != EndpointKind.Loopback).ToList();
                if (remote.Count == 0)
                {
                    return null;
                }

                var (call, argument) = remote[0];
                var method = TargetMethod(call)!;
                var family = clients.IsAzure(method) ? ClientFamily.AzureOpenAI : ClientFamily.OpenAI;
                return new ClientUse(argument.Parameter!.Name, KnownClients.ClientName(method), family, ClientEndpoint.Of(call), remote.Select(consumer => consumer.Call.Syntax).ToList());
            }
        }

        var own = ClientEndpoint.Of(sink.Call);
        var ownFamily = sink.Call is ISimpleAssignmentOperation assignment && ClientEndpoint.IsAzureProvider(assignment) ? ClientFamily.AzureOpenAI : sink.Family;
        return own == EndpointKind.Loopback ? null : new ClientUse(sink.ParameterName, sink.ClientName, ownFamily, own, new[] { sink.Call.Syntax });
    }

    /// <summary>
    /// A header is this product's finding only where the request visibly goes to an AI provider: the destination
    /// names the provider, and so the variable the fix reads. Elsewhere (GitHub, Stripe, a URL the code does not show)
    /// it is not an AI key.
    /// </summary>
    private static ClientUse? ForHeader(KeySink sink, string header, HttpClientRegistrations registrations, System.Threading.CancellationToken cancellationToken)
    {
        var url = HeaderDestination.UrlOf(sink.Call, registrations, cancellationToken);
        var (family, request) = ClientEndpoint.ProviderOf(url) switch
        {
            KeyProviders.Odeus => (ClientFamily.OpenAI, "an Odeus request"),
            KeyProviders.OpenAI => (ClientFamily.OpenAI, "an OpenAI request"),
            KeyProviders.AzureOpenAI => (ClientFamily.AzureOpenAI, "an Azure OpenAI request"),
            _ => (sink.Family, null),
        };
        return request is null ? null : new ClientUse(header, request, family, ClientEndpoint.Classify(url), new[] { sink.Call.Syntax }, isRequest: true);
    }

    /// <summary>The client calls that take the credential: directly as an argument, or through a local that holds it.</summary>
    private static List<(IOperation Call, IArgumentOperation Argument)> Consumers(IObjectCreationOperation credential, KnownClients clients)
    {
        var consumers = new List<(IOperation, IArgumentOperation)>();
        var parent = RoslynOperations.Outer(credential).Parent;
        if (parent is IArgumentOperation argument)
        {
            AddIfClient(argument, clients, consumers);
        }
        else if (parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } })
        {
            foreach (var operation in RoslynOperations.Root(credential).Descendants())
            {
                if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                    && RoslynOperations.Outer(reference).Parent is IArgumentOperation use)
                {
                    AddIfClient(use, clients, consumers);
                }
            }
        }

        return consumers;
    }

    private static void AddIfClient(IArgumentOperation argument, KnownClients clients, List<(IOperation, IArgumentOperation)> consumers)
    {
        if (argument.Parent is { } call && TargetMethod(call) is { } method && argument.Parameter is { } parameter && clients.TakesCredential(method, parameter))
        {
            consumers.Add((call, argument));
        }
    }

    private static IMethodSymbol? TargetMethod(IOperation call) => call switch
    {
        IObjectCreationOperation creation => creation.Constructor,
        IInvocationOperation invocation => invocation.TargetMethod,
        _ => null,
    };
}
