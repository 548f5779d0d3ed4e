using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Configuration;
using OdeusAnalyzers.Tests.Verifiers;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// Runs code in the shape the fix writes (checked by hand against the fix tests): with the variable unset, the first
/// use throws an InvalidOperationException naming the variable, never a TypeInitializationException or an SDK's
/// ArgumentNullException; with it set, the value is read.
/// </summary>
public sealed class FixedCodeRuntimeTests
{
    private const string Variable = "ODEUS_ANALYZERS_RUNTIME_TEST_KEY";

    private const string FixedCode = $$"""
        using System;
        using System.ClientModel;
        using OpenAI.Chat;

        public static class Config
        {
            public static string ApiKey => Environment.GetEnvironmentVariable("{{Variable}}") ?? throw new InvalidOperationException("The {{Variable}} environment variable is not set. Set it to your Odeus API key before starting the application, for example in a git-ignored .env file or your deployment's secret store.");
        }

        public static class Keys
        {
            public static string FromConfiguration(Microsoft.Extensions.Configuration.IConfiguration configuration) => configuration["OpenAI:ApiKey"] ?? throw new InvalidOperationException("The configuration value 'OpenAI:ApiKey' is not set. Set it to your OpenAI API key with dotnet user-secrets, the OpenAI__ApiKey environment variable or your deployment's secret store.");

            public static string Header() => "Bearer " + (Environment.GetEnvironmentVariable("{{Variable}}") ?? throw new InvalidOperationException("The {{Variable}} environment variable is not set."));
        }

        public class Bot
        {
            private static readonly Lazy<ChatClient> lazyClient = new Lazy<ChatClient>(() => new ChatClient("gpt-4o", new ApiKeyCredential(Environment.GetEnvironmentVariable("{{Variable}}") ?? throw new InvalidOperationException("The {{Variable}} environment variable is not set."))));

            private static ChatClient Client => lazyClient.Value;

            public static string Touch() => "type initialized";

            public static object Use() => Client;
        }
        """;

    private static readonly Lazy<Assembly> Compiled = new(Compile);

    [Fact]
    public void VariableUnset_FirstUseThrowsNamingTheVariable()
    {
        Environment.SetEnvironmentVariable(Variable, null);

        var property = Invoke("Config", "get_ApiKey");
        var client = Invoke("Bot", "Use");
        var touched = Invoke("Bot", "Touch");

        foreach (var exception in new[] { property, client })
        {
            var invalid = Assert.IsType<InvalidOperationException>(exception);
            Assert.Contains(Variable, invalid.Message, StringComparison.Ordinal);
        }

        Assert.Null(touched);
    }

    [Fact]
    public void VariableSet_ValueIsRead()
    {
        var key = TestKeys.Odeus(9);
        Environment.SetEnvironmentVariable(Variable, key);
        try
        {
            var value = Compiled.Value.GetType("Config")!.GetProperty("ApiKey")!.GetValue(null);

            Assert.Equal(key, value);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    [Fact]
    public void ConfigurationRead_MissingValueThrowsNamingTheKey_PresentValueIsRead()
    {
        var empty = new ConfigurationBuilder().Build();
        var filled = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["OpenAI:ApiKey"] = "from-configuration" })
            .Build();

        var missing = Invoke("Keys", "FromConfiguration", empty);
        var read = Compiled.Value.GetType("Keys")!.GetMethod("FromConfiguration")!.Invoke(null, new object[] { filled });

        Assert.Contains("'OpenAI:ApiKey'", Assert.IsType<InvalidOperationException>(missing).Message, StringComparison.Ordinal);
        Assert.Equal("from-configuration", read);
    }

    [Fact]
    public void BearerHeaderRead_KeepsTheScheme()
    {
        Environment.SetEnvironmentVariable(Variable, "token");
        try
        {
            Assert.Equal("Bearer token", Compiled.Value.GetType("Keys")!.GetMethod("Header")!.Invoke(null, null));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    private static Exception? Invoke(string type, string method, params object[] arguments)
    {
        try
        {
            Compiled.Value.GetType(type)!.GetMethod(method)!.Invoke(null, arguments.Length == 0 ? null : arguments);
            return null;
        }
        catch (TargetInvocationException exception)
        {
            return exception.InnerException;
        }
    }

    private static Assembly Compile()
    {
        var compilation = CSharpCompilation.Create(
            "FixedCode" + Guid.NewGuid().ToString("N"),
            new[] { CSharpSyntaxTree.ParseText(FixedCode) },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }
}
