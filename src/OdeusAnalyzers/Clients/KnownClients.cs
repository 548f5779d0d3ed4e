using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OdeusAnalyzers;

/// <summary>
/// The AI SDKs' API-key parameters and properties, resolved once per compilation. A member matches on its containing
/// assembly (name and public key token), type and parameter name and type; user types that share a name never match.
/// </summary>
internal sealed class KnownClients
{
    private readonly IAssemblySymbol? _openAI;
    private readonly IAssemblySymbol? _azureOpenAI;
    private readonly IAssemblySymbol? _kernelOpenAI;
    private readonly IAssemblySymbol? _kernelAzureOpenAI;
    private readonly IAssemblySymbol? _extensionsAIOpenAI;
    private readonly IAssemblySymbol? _betalgo;
    private readonly INamedTypeSymbol? _apiKeyCredential;
    private readonly INamedTypeSymbol? _azureKeyCredential;
    private readonly INamedTypeSymbol? _betalgoOptions;
    private readonly INamedTypeSymbol? _authenticationHeaderValue;
    private readonly INamedTypeSymbol? _httpHeaders;
    private readonly INamedTypeSymbol? _environment;

    private const string AuthorizationHeader = "Authorization";
    private const string ApiKeyHeader = "api-key";

    private readonly List<(SinkRow Row, IAssemblySymbol Assembly)> _resolved = new();

    private KnownClients(Compilation compilation)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            var identity = assembly.Identity;
            if (!SinkTable.AssemblyNames.Contains(identity.Name))
            {
                continue;
            }

            var token = string.Concat(identity.PublicKeyToken.Select(b => b.ToString("x2")));
            foreach (var row in SinkTable.Rows)
            {
                if (row.Kind != SinkKind.Environment && row.Matches(assembly, token))
                {
                    _resolved.Add((row, assembly));
                }
            }
        }

        _openAI = Resolved(SinkTable.OpenAIAssembly);
        _azureOpenAI = Resolved(SinkTable.AzureOpenAIAssembly);
        _kernelOpenAI = Resolved(SinkTable.KernelOpenAIAssembly);
        _kernelAzureOpenAI = Resolved(SinkTable.KernelAzureOpenAIAssembly);
        _extensionsAIOpenAI = Resolved(SinkTable.ExtensionsAIOpenAIAssembly);
        _betalgo = Resolved(SinkTable.BetalgoAssembly);
        _apiKeyCredential = Resolved("System.ClientModel")?.GetTypeByMetadataName("System.ClientModel.ApiKeyCredential");
        _azureKeyCredential = Resolved("Azure.Core")?.GetTypeByMetadataName("Azure.AzureKeyCredential");
        var http = Resolved("System.Net.Http");
        _authenticationHeaderValue = http?.GetTypeByMetadataName("System.Net.Http.Headers.AuthenticationHeaderValue");
        _httpHeaders = http?.GetTypeByMetadataName("System.Net.Http.Headers.HttpHeaders");
        _betalgoOptions = _betalgo?.GetTypeByMetadataName("Betalgo.Ranul.OpenAI.OpenAIOptions");
        _environment = FrameworkReads.Of(compilation).Environment;
        if (_environment is not null)
        {
            _resolved.AddRange(SinkTable.Rows.Where(row => row.Kind == SinkKind.Environment).Select(row => (row, _environment.ContainingAssembly)));
        }

        Positions = KeyPositions.Create(_resolved);
    }

    /// <summary>The referenced assembly that some row of the sink table named <paramref name="name"/> resolved to, token checked.</summary>
    private IAssemblySymbol? Resolved(string name)
    {
        foreach (var (row, assembly) in _resolved)
        {
            if (row.Assembly == name)
            {
                return assembly;
            }
        }

        return null;
    }

    /// <summary>The sink table's rows that apply to this compilation, each with the assembly it resolved to.</summary>
    public IReadOnlyList<(SinkRow Row, IAssemblySymbol Assembly)> ResolvedRows => _resolved;

    /// <summary>Where the members of this compilation's SDKs take a key, by the names calls are written with.</summary>
    public KeyPositions Positions { get; }

    /// <summary>The catalog, or null when the compilation references none of the types that take a key.</summary>
    public static KnownClients? Create(Compilation compilation)
    {
        var clients = new KnownClients(compilation);
        return clients.Takes(SinkKind.Sdk) || clients.Takes(SinkKind.Http) || clients.Takes(SinkKind.Environment) ? clients : null;
    }

    /// <summary>Whether this compilation has members of that kind that take a key; candidates of other kinds are not bound.</summary>
    public bool Takes(SinkKind family) => family switch
    {
        SinkKind.Sdk => _openAI is not null || _azureOpenAI is not null || _kernelOpenAI is not null || _kernelAzureOpenAI is not null
            || _extensionsAIOpenAI is not null || _betalgo is not null || _apiKeyCredential is not null || _azureKeyCredential is not null,
        SinkKind.Http => _authenticationHeaderValue is not null || _httpHeaders is not null,
        _ => _environment is not null,
    };

    public bool IsCredential(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, _apiKeyCredential)
                || SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, _azureKeyCredential))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="method"/> is a client's constructor or registration method that takes a credential object.</summary>
    public bool TakesCredential(IMethodSymbol method, IParameterSymbol parameter) =>
        IsClientAssembly(method.ContainingAssembly) && IsCredential(parameter.Type);

    public bool IsAzure(IMethodSymbol method) =>
        SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _azureOpenAI)
        || SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _kernelAzureOpenAI);

    /// <summary>
    /// Whether <paramref name="method"/> builds or registers an AI client: an SDK constructor or method that takes an
    /// API key, a credential object or Betalgo's options.
    /// </summary>
    public bool BuildsClient(IMethodSymbol method)
    {
        var assembly = method.ContainingAssembly;
        if (!IsClientAssembly(assembly) && !SymbolEqualityComparer.Default.Equals(assembly, _betalgo))
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if ((parameter.Name == "apiKey" && parameter.Type.SpecialType == SpecialType.System_String) || IsCredential(parameter.Type) || MentionsBetalgoOptions(parameter.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="sink"/> belongs to an AI SDK (a client, a credential, Betalgo's options) rather than an
    /// HTTP header or the environment: in a browser project such a key is ODEUS004's, reported on the client.
    /// </summary>
    public bool IsSdkSink(KeySink sink) => sink.Call switch
    {
        ISimpleAssignmentOperation => true,
        IObjectCreationOperation { Constructor: { } constructor } => BuildsClient(constructor) || IsCredential(constructor.ContainingType),
        IInvocationOperation invocation => BuildsClient(invocation.TargetMethod) || IsCredential(invocation.TargetMethod.ContainingType),
        _ => false,
    };

    private bool MentionsBetalgoOptions(ITypeSymbol type) =>
        _betalgoOptions is not null
        && (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, _betalgoOptions)
            || (type is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Any(MentionsBetalgoOptions)));

    /// <summary>
    /// Whether <paramref name="symbol"/> (a called method or constructor, or an assigned property) can take a key at
    /// all: a cheap check on the symbol before the call's operation tree is built.
    /// </summary>
    public bool MayTakeKey(ISymbol? symbol)
    {
        switch (symbol)
        {
            case IMethodSymbol method:
                var assembly = method.ContainingAssembly;
                var type = method.ContainingType?.OriginalDefinition;
                return (IsClientAssembly(assembly) || SymbolEqualityComparer.Default.Equals(assembly, _betalgo))
                        && method.Parameters.Any(p => p.Name == "apiKey")
                    || SymbolEqualityComparer.Default.Equals(type, _apiKeyCredential)
                    || SymbolEqualityComparer.Default.Equals(type, _azureKeyCredential)
                    || SymbolEqualityComparer.Default.Equals(type, _authenticationHeaderValue)
                    || SymbolEqualityComparer.Default.Equals(type, _httpHeaders)
                    || SymbolEqualityComparer.Default.Equals(type, _environment);
            case IPropertySymbol property:
                return SymbolEqualityComparer.Default.Equals(property.ContainingType?.OriginalDefinition, _betalgoOptions);
            default:
                return false;
        }
    }

    /// <summary>The key that a call to <paramref name="method"/> passes, if it is a known sink.</summary>
    public KeySink? Match(IOperation call, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        var assembly = method.ContainingAssembly;
        var type = method.ContainingType?.OriginalDefinition;
        if (assembly is null || type is null)
        {
            return null;
        }

        if (SymbolEqualityComparer.Default.Equals(assembly, _openAI))
        {
            return method.MethodKind == MethodKind.Constructor ? KeyParameter(call, method, arguments, "apiKey", ClientFamily.OpenAI) : null;
        }

        if (SymbolEqualityComparer.Default.Equals(assembly, _kernelOpenAI)
            || SymbolEqualityComparer.Default.Equals(assembly, _extensionsAIOpenAI)
            || SymbolEqualityComparer.Default.Equals(assembly, _betalgo))
        {
            return KeyParameter(call, method, arguments, "apiKey", ClientFamily.OpenAI);
        }

        if (SymbolEqualityComparer.Default.Equals(assembly, _kernelAzureOpenAI))
        {
            return KeyParameter(call, method, arguments, "apiKey", ClientFamily.AzureOpenAI);
        }

        if ((SymbolEqualityComparer.Default.Equals(type, _apiKeyCredential) || SymbolEqualityComparer.Default.Equals(type, _azureKeyCredential))
            && (method.MethodKind == MethodKind.Constructor || method.Name == "Update"))
        {
            var family = SymbolEqualityComparer.Default.Equals(type, _azureKeyCredential) ? ClientFamily.AzureOpenAI : ClientFamily.OpenAI;
            return KeyParameter(call, method, arguments, "key", family);
        }

        if (SymbolEqualityComparer.Default.Equals(type, _authenticationHeaderValue) && method.MethodKind == MethodKind.Constructor)
        {
            return string.Equals(ConstantArgument(arguments, "scheme"), "Bearer", StringComparison.OrdinalIgnoreCase)
                ? KeyParameter(call, method, arguments, "parameter", ClientFamily.OpenAI, AuthorizationHeader)
                : null;
        }

        if (SymbolEqualityComparer.Default.Equals(type, _httpHeaders) && method.Name is "Add" or "TryAddWithoutValidation")
        {
            return HeaderValue(call, method, arguments);
        }

        if (SymbolEqualityComparer.Default.Equals(type, _environment) && method.Name == "SetEnvironmentVariable")
        {
            var name = ConstantArgument(arguments, "variable");
            return name is not null && name.IndexOf("KEY", StringComparison.OrdinalIgnoreCase) >= 0
                ? KeyParameter(call, method, arguments, "value", name.IndexOf("AZURE", StringComparison.OrdinalIgnoreCase) >= 0 ? ClientFamily.AzureOpenAI : ClientFamily.OpenAI)
                : null;
        }

        return null;
    }

    /// <summary>An assignment to a key property, such as Betalgo's <c>OpenAIOptions.ApiKey</c>.</summary>
    public KeySink? Match(ISimpleAssignmentOperation assignment)
    {
        if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "ApiKey" } property }
            && SymbolEqualityComparer.Default.Equals(property.ContainingType?.OriginalDefinition, _betalgoOptions))
        {
            return new KeySink(assignment, assignment.Value, property.Name, property.ContainingType!.Name, ClientFamily.OpenAI);
        }

        return null;
    }

    private bool IsClientAssembly(IAssemblySymbol? assembly) =>
        assembly is not null
        && (SymbolEqualityComparer.Default.Equals(assembly, _openAI)
            || SymbolEqualityComparer.Default.Equals(assembly, _azureOpenAI)
            || SymbolEqualityComparer.Default.Equals(assembly, _kernelOpenAI)
            || SymbolEqualityComparer.Default.Equals(assembly, _kernelAzureOpenAI)
            || SymbolEqualityComparer.Default.Equals(assembly, _extensionsAIOpenAI));

    /// <summary><c>Authorization: Bearer …</c>, or Azure's <c>api-key</c> header.</summary>
    private static KeySink? HeaderValue(IOperation call, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
    {
        if (method.Parameters.Length != 2 || method.Parameters[1].Type.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        var name = ConstantArgument(arguments, "name");
        if (string.Equals(name, "api-key", StringComparison.OrdinalIgnoreCase))
        {
            return KeyParameter(call, method, arguments, "value", ClientFamily.AzureOpenAI, ApiKeyHeader);
        }

        if (!string.Equals(name, AuthorizationHeader, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        const string Bearer = "Bearer ";
        if (Argument(arguments, "value") is not { } value)
        {
            return null;
        }

        // "Bearer " + key, or $"Bearer {key}": the key is the operand, followed on its own.
        var header = RoslynOperations.Unwrap(value.Value);
        if (header is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, LeftOperand.ConstantValue: { HasValue: true, Value: string left } } concatenation
            && string.Equals(left, Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return new KeySink(call, concatenation.RightOperand, "value", ClientName(method), ClientFamily.OpenAI, header: AuthorizationHeader);
        }

        if (header is IInterpolatedStringOperation { Parts: { Length: 2 } parts }
            && parts[0] is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string text } }
            && string.Equals(text, Bearer, StringComparison.OrdinalIgnoreCase)
            && parts[1] is IInterpolationOperation { Alignment: null, FormatString: null } hole)
        {
            return new KeySink(call, hole.Expression, "value", ClientName(method), ClientFamily.OpenAI, header: AuthorizationHeader);
        }

        return header.ConstantValue is { HasValue: true, Value: string whole } && whole.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            ? new KeySink(call, value.Value, "value", ClientName(method), ClientFamily.OpenAI, whole.Substring(0, Bearer.Length), AuthorizationHeader)
            : null;
    }

    private static KeySink? KeyParameter(IOperation call, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, string parameterName, ClientFamily family, string? header = null)
    {
        var argument = Argument(arguments, parameterName);
        return argument is not null && argument.Parameter!.Type.SpecialType == SpecialType.System_String
            ? new KeySink(call, argument.Value, parameterName, ClientName(method), family, header: header)
            : null;
    }

    private static IArgumentOperation? Argument(ImmutableArray<IArgumentOperation> arguments, string parameterName)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameterName && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return argument;
            }
        }

        return null;
    }

    private static string? ConstantArgument(ImmutableArray<IArgumentOperation> arguments, string parameterName) =>
        Argument(arguments, parameterName)?.Value.ConstantValue is { HasValue: true, Value: string value } ? value : null;

    /// <summary>
    /// How every message names a client: as the code writes it, the constructed type's name (<c>ChatClient</c>), or a
    /// registration's name (<c>AddOpenAIChatCompletion</c>, an extension method), any other method with its type
    /// (<c>OpenAIRealtimeService.Create</c>, <c>ApiKeyCredential.Update</c>); short, so that messages fit an error list.
    /// </summary>
    public static string ClientName(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name
        : method.IsExtensionMethod ? method.Name
        : method.ContainingType.Name + "." + method.Name;
}
