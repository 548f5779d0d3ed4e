using System.ClientModel;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Configuration;
using OdeusAnalyzers.Tests.Verifiers;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// Runs fixed code: a program with keys in several places, fixed by the package's own fixes (<see cref="AppliedFixes"/>),
/// and code in the shape the fixes write (checked by hand against the fix tests). With the variable unset, the first
/// use throws an InvalidOperationException naming the variable, never a TypeInitializationException or an SDK's
/// ArgumentNullException; with it set, the value reaches the client.
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
            public static string ApiKey => Environment.GetEnvironmentVariable("{{Variable}}") ?? throw new InvalidOperationException("{{Variable}} is not set.");
        }

        public static class Keys
        {
            public static string FromConfiguration(Microsoft.Extensions.Configuration.IConfiguration configuration) => configuration["OpenAI:ApiKey"] ?? throw new InvalidOperationException("OpenAI:ApiKey is not set.");

            public static string Header() => $"Bearer {Environment.GetEnvironmentVariable("{{Variable}}") ?? throw new InvalidOperationException("{{Variable}} is not set.")}";
        }

        public class Bot
        {
            private static readonly Lazy<ChatClient> lazyClient = new Lazy<ChatClient>(() => new ChatClient("gpt-4o", new ApiKeyCredential(Environment.GetEnvironmentVariable("{{Variable}}") ?? throw new InvalidOperationException("{{Variable}} is not set."))));

            private static ChatClient Client => lazyClient.Value;

            public static string Touch() => "type initialized";

            public static object Use() => Client;
        }
        """;

    private static readonly Lazy<Assembly> Compiled = new(() => Compile(FixedCode));

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

        Assert.Contains("OpenAI:ApiKey", Assert.IsType<InvalidOperationException>(missing).Message, StringComparison.Ordinal);
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

    private static readonly Lazy<Task<string>> FixedProgram = new(() => AppliedFixes.ApplyAsync(
        LeakyProgram,
        $"""
        root = true

        [*.cs]
        odeus.environment_variable = {Variable}
        """));

    private static string LeakyProgram => $$"""
        using System.ClientModel;
        using System.Net.Http;
        using OpenAI;
        using OpenAI.Chat;

        public static class App
        {
            private const string s_key = "{{TestKeys.Odeus(11)}}";
            private static readonly ChatClient s_client = new ChatClient(
                "gpt-4o",
                new ApiKeyCredential("{{TestKeys.Odeus(12)}}"),
                new OpenAIClientOptions { Endpoint = new System.Uri("https://api.odeus.ai/openai/eu/v1") });

            public static string Touch() => "type initialized";

            public static string GetKey() => s_key;

            public static ChatClient GetClient() => s_client;

            public static ApiKeyCredential Credential() => new ApiKeyCredential("{{TestKeys.Odeus(13)}}");

            public static string Header()
            {
                using var http = new HttpClient();
                http.DefaultRequestHeaders.Add("Authorization", "Bearer {{TestKeys.Odeus(14)}}");
                return string.Join(",", http.DefaultRequestHeaders.GetValues("Authorization"));
            }
        }
        """;

    [Fact]
    public async Task FixedProgram_ReadsThroughOneReaderWithAShortMessage()
    {
        var code = await FixedProgram.Value;

        Assert.DoesNotContain(TestKeys.Prefix, code, StringComparison.Ordinal);
        Assert.Single(code.Split("GetEnvironmentVariable(").Skip(1));
        foreach (var expected in new[]
        {
            "private static string OdeusAnalyzersRuntimeTestKey => ",
            "$\"Bearer {OdeusAnalyzersRuntimeTestKey}\"",
            "private static string Key => OdeusAnalyzersRuntimeTestKey;",
            "private static ChatClient Client => lazyClient.Value;",
        })
        {
            Assert.True(code.Contains(expected, StringComparison.Ordinal), code);
        }
    }

    [Fact]
    public async Task FixedProgram_VariableUnset_EachFirstUseThrowsNamingTheVariable()
    {
        Environment.SetEnvironmentVariable(Variable, null);
        var app = (await CompileFixedProgramAsync()).GetType("App")!;

        Assert.Equal("type initialized", app.GetMethod("Touch")!.Invoke(null, null));
        foreach (var method in new[] { "GetKey", "GetClient", "Credential", "Header" })
        {
            var exception = Assert.IsType<InvalidOperationException>(InvokeOn(app, method));
            Assert.Contains(Variable, exception.Message, StringComparison.Ordinal);
            Assert.True(exception.Message.Length <= 60, exception.Message);
        }
    }

    [Fact]
    public async Task FixedProgram_VariableSet_ValueReachesTheClient()
    {
        var key = TestKeys.Odeus(9);
        Environment.SetEnvironmentVariable(Variable, key);
        try
        {
            var app = (await CompileFixedProgramAsync()).GetType("App")!;

            ((ApiKeyCredential)app.GetMethod("Credential")!.Invoke(null, null)!).Deconstruct(out var credentialKey);
            Assert.Equal(key, app.GetMethod("GetKey")!.Invoke(null, null));
            Assert.Equal(key, credentialKey);
            Assert.Equal("Bearer " + key, app.GetMethod("Header")!.Invoke(null, null));
            Assert.IsType<OpenAI.Chat.ChatClient>(app.GetMethod("GetClient")!.Invoke(null, null));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    /// <summary>A fresh assembly each time: the fixed program's <see cref="Lazy{T}"/> keeps the exception of its first use.</summary>
    private static async Task<Assembly> CompileFixedProgramAsync() => Compile(await FixedProgram.Value);

    private static Exception? InvokeOn(Type type, string method)
    {
        try
        {
            type.GetMethod(method)!.Invoke(null, null);
            return null;
        }
        catch (TargetInvocationException exception)
        {
            return exception.InnerException;
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

    private static Assembly Compile(string code)
    {
        var compilation = CSharpCompilation.Create(
            "FixedCode" + Guid.NewGuid().ToString("N"),
            new[] { CSharpSyntaxTree.ParseText(code) },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }
}
