using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OdeusAnalyzers;

/// <summary>The endpoint a client construction gives, as far as the code says: ODEUS005 checks where an Odeus key goes.</summary>
internal readonly struct GivenEndpoint
{
    private const int MaximumDepth = 4;

    private GivenEndpoint(EndpointState state, string? url, SyntaxNode? urlSyntax, SyntaxNode? written = null, SyntaxNode? argument = null)
    {
        State = state;
        Url = url;
        UrlSyntax = urlSyntax;
        Written = written;
        Argument = argument;
    }

    public EndpointState State { get; }

    public string? Url { get; }

    /// <summary>The string literal that holds the URL, when it is one.</summary>
    public SyntaxNode? UrlSyntax { get; }

    /// <summary>The value given as the endpoint, as written where it is given: <c>new Uri(…)</c>, a local's name, Betalgo's <c>BaseDomain</c> value.</summary>
    public SyntaxNode? Written { get; }

    /// <summary>The call's argument that gives the endpoint: <c>endpoint</c>, or the <c>options</c> or <c>httpClient</c> that carry it.</summary>
    public SyntaxNode? Argument { get; }

    private GivenEndpoint GivenThrough(SyntaxNode argument) => new(State, Url, UrlSyntax, Written, argument);

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
                    return FromValue(argument.Value).GivenThrough(argument.Syntax);
                case "options":
                    return FromObject(argument.Value, "Endpoint").GivenThrough(argument.Syntax);
                case "httpClient":
                    return FromObject(argument.Value, "BaseAddress").GivenThrough(argument.Syntax);
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

    /// <summary>A URL given as a value: a constant string, <c>new Uri("…")</c> of one, or a local or field whose only value is either.</summary>
    public static GivenEndpoint FromValue(IOperation given)
    {
        var value = ConstantSource(given, 0);
        if (value.ConstantValue is { HasValue: true, Value: string url })
        {
            return new GivenEndpoint(EndpointState.Url, url, value is ILiteralOperation ? value.Syntax : null, given.Syntax);
        }

        if (value is IObjectCreationOperation { Type: { Name: "Uri", ContainingNamespace.Name: "System" } } creation && creation.Arguments.Length > 0
            && ConstantSource(creation.Arguments[0].Value, 0) is { ConstantValue: { HasValue: true, Value: string text } } argument)
        {
            return new GivenEndpoint(EndpointState.Url, text, argument is ILiteralOperation ? argument.Syntax : null, given.Syntax);
        }

        return new GivenEndpoint(EndpointState.RunTime, null, null, given.Syntax);
    }

    /// <summary>
    /// Where a value comes from, when it is the only value a local or a field holds: <c>var baseUrl = "…"</c> (assigned
    /// nowhere else), or a field whose only write is its initializer (a private or internal one, or any readonly one).
    /// </summary>
    private static IOperation ConstantSource(IOperation value, int depth)
    {
        value = RoslynOperations.Unwrap(value);
        if (depth > MaximumDepth || value.ConstantValue.HasValue)
        {
            return value;
        }

        var only = value switch
        {
            ILocalReferenceOperation local => OnlyValue(local),
            IFieldReferenceOperation { Field: var field } when (field.IsReadOnly || RoslynOperations.IsPrivateOrInternal(field)) && !field.IsVolatile
                && value.SemanticModel?.Compilation is { } compilation && ClientCensus.Of(compilation)?.MemberWrites.Find(field, default) is { Count: 1 } writes => writes[0],
            _ => null,
        };
        return only is null ? value : ConstantSource(only, depth + 1);
    }
}
