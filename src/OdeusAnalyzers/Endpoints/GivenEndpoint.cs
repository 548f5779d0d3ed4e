using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OdeusAnalyzers;

/// <summary>The endpoint a client construction gives, as far as the code says: ODEUS005 checks where an Odeus key goes.</summary>
internal readonly struct GivenEndpoint
{
    private GivenEndpoint(EndpointState state, string? url, SyntaxNode? urlSyntax)
    {
        State = state;
        Url = url;
        UrlSyntax = urlSyntax;
    }

    public EndpointState State { get; }

    public string? Url { get; }

    /// <summary>The string literal that holds the URL, when it is one.</summary>
    public SyntaxNode? UrlSyntax { get; }

    public static GivenEndpoint Missing => new(EndpointState.Missing, null, null);

    public static GivenEndpoint RunTime => new(EndpointState.RunTime, null, null);

    /// <summary>The endpoint of <paramref name="call"/>: an <c>endpoint</c> argument, <c>options.Endpoint</c>, an HTTP client's <c>BaseAddress</c>, Betalgo's <c>BaseDomain</c>.</summary>
    public static GivenEndpoint Of(IOperation call)
    {
        if (call is ISimpleAssignmentOperation assignment)
        {
            return ClientEndpoint.SetNextTo(assignment, "BaseDomain") is { } domain ? FromValue(domain) : Missing;
        }

        var arguments = call switch
        {
            IObjectCreationOperation creation => creation.Arguments,
            IInvocationOperation invocation => invocation.Arguments,
            _ => default,
        };
        if (arguments.IsDefault)
        {
            return RunTime;
        }

        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.ConstantValue is { HasValue: true, Value: null })
            {
                continue;
            }

            switch (argument.Parameter?.Name)
            {
                case "endpoint":
                    return FromValue(argument.Value);
                case "options":
                    return FromObject(argument.Value, "Endpoint");
                case "httpClient":
                    return FromObject(argument.Value, "BaseAddress");
            }
        }

        return Missing;
    }

    /// <summary>An options object or HTTP client built in this code: its property, or the default when it is not set.</summary>
    private static GivenEndpoint FromObject(IOperation value, string property)
    {
        if (ClientEndpoint.Member(value, property) is { } set)
        {
            return FromValue(set);
        }

        return ClientEndpoint.IsBuiltHere(value) ? Missing : RunTime;
    }

    /// <summary><c>var endpoint = new Uri("…");</c>: the local's initializer, when nothing assigns it again.</summary>
    private static IOperation? OnlyValue(ILocalReferenceOperation local)
    {
        IOperation? initial = null;
        foreach (var operation in RoslynOperations.Root(local).Descendants())
        {
            if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
            {
                initial = declarator.Initializer?.Value;
            }
            else if (operation is ILocalReferenceOperation other && SymbolEqualityComparer.Default.Equals(other.Local, local.Local)
                && other.Parent is IAssignmentOperation assignment && assignment.Target == other)
            {
                return null;
            }
        }

        return initial;
    }

    /// <summary>A URL given as a value: a constant string, <c>new Uri("…")</c> of one, or a local initialized with either and never assigned again.</summary>
    public static GivenEndpoint FromValue(IOperation value)
    {
        value = RoslynOperations.Unwrap(value);
        if (value is ILocalReferenceOperation local && OnlyValue(local) is { } initial)
        {
            value = RoslynOperations.Unwrap(initial);
        }

        if (value.ConstantValue is { HasValue: true, Value: string url })
        {
            return new GivenEndpoint(EndpointState.Url, url, value is ILiteralOperation ? value.Syntax : null);
        }

        if (value is IObjectCreationOperation { Type: { Name: "Uri", ContainingNamespace.Name: "System" } } creation && creation.Arguments.Length > 0
            && RoslynOperations.Unwrap(creation.Arguments[0].Value) is { ConstantValue: { HasValue: true, Value: string text } } argument)
        {
            return new GivenEndpoint(EndpointState.Url, text, argument is ILiteralOperation ? argument.Syntax : null);
        }

        return RunTime;
    }
}
