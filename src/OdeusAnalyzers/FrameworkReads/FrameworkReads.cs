using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OdeusAnalyzers;

/// <summary>
/// Reads of the process environment and of .NET configuration, recognised by symbol: <c>System.Environment</c> and
/// <c>Microsoft.Extensions.Configuration.IConfiguration</c> are resolved once per compilation, for every rule and fix.
/// A user type named <c>Environment</c> or <c>IConfiguration</c> never counts.
/// </summary>
internal sealed class FrameworkReads
{
    public const string ConfigurationInterface = "Microsoft.Extensions.Configuration.IConfiguration";

    private static readonly ConditionalWeakTable<Compilation, FrameworkReads> s_byCompilation = new();

    private readonly Compilation _compilation;
    private INamedTypeSymbol? _configuration;
    private bool _configurationResolved;

    private FrameworkReads(Compilation compilation)
    {
        _compilation = compilation;

        // The core library defines Environment beside object, whatever the target (System.Runtime, CoreLib, netstandard, mscorlib).
        Environment = compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly?.GetTypeByMetadataName("System.Environment");
    }

    /// <summary><c>System.Environment</c>, or null when the compilation has no core library.</summary>
    public INamedTypeSymbol? Environment { get; }

    /// <summary><c>IConfiguration</c>, or null when the compilation does not reference it; looked up on first use.</summary>
    public INamedTypeSymbol? Configuration
    {
        get
        {
            if (!Volatile.Read(ref _configurationResolved))
            {
                _configuration = _compilation.GetTypeByMetadataName(ConfigurationInterface);
                Volatile.Write(ref _configurationResolved, true);
            }

            return _configuration;
        }
    }

    public static FrameworkReads Of(Compilation compilation) => s_byCompilation.GetValue(compilation, static c => new FrameworkReads(c));

    /// <summary><c>Environment.GetEnvironmentVariable("NAME")</c> with a constant name: the name; otherwise null.</summary>
    public string? EnvironmentVariableRead(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name == "GetEnvironmentVariable"
        && Environment is not null
        && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, Environment)
        && invocation.Arguments.Length > 0
        && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string name }
            ? name
            : null;

    /// <summary>
    /// <c>configuration["Section:Key"]</c> read (not assigned) with a constant key, on <c>IConfiguration</c> or a type
    /// that implements it (<c>IConfigurationRoot</c>, <c>IConfigurationSection</c>, <c>ConfigurationManager</c>): the key; otherwise null.
    /// </summary>
    public string? ConfigurationRead(IPropertyReferenceOperation reference)
    {
        if ((reference.Parent is IAssignmentOperation assignment && assignment.Target == reference)
            || !reference.Property.IsIndexer || reference.Arguments.Length != 1
            || reference.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string key }
            || Configuration is not { } configuration)
        {
            return null;
        }

        var type = reference.Property.ContainingType;
        return SymbolEqualityComparer.Default.Equals(type, configuration) || type.AllInterfaces.Contains(configuration, SymbolEqualityComparer.Default)
            ? key
            : null;
    }
}
