using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using OdeusAnalyzers.Tests.Verifiers;

namespace OdeusAnalyzers.Tests;

/// <summary>The analyzers never throw (an analyzer that throws is silenced as AD0001) and never show a whole key.</summary>
public sealed class RobustnessTests
{
    private static readonly string Key = TestKeys.Odeus(8);

    // Test names show the theory's arguments, so the cases are passed by index: no key reaches a test name.
    private static readonly string[] BrokenSources =
    {
        "class C { string k = \"" + Key,
        "class C { string k = @\"" + Key,
        "class C { string k = \"\"\"" + Key,
        "class C { string k = $\"{" + Key,
        "class C { string k = $\"a{ \"" + Key + "\" ",
        "class C { const string K = \"" + TestKeys.Prefix + "\" + ",
        $$"""class C { const string K = "{{TestKeys.Prefix}}" + + "{{Key.Substring(6)}}"; }""",
        $$"""class C { string k = {{Key}}; }""",
        $$"""/* {{Key}}""",
        $$"""/// <summary>{{Key}}""",
        $$"""#if X{{Environment.NewLine}}{{Key}}""",
        $$"""#region {{Key}}""",
        $$"""{{Key}}""",
        $$"""class { void M( { var x = "{{Key}}"u8 + ; switch (x) { case "{{Key}}": } }""",
        $$"""[Obsolete("{{Key}}"] class C { void M(string k = "{{Key}}") {} }""",
        "class C { string k = \"" + TestKeys.Prefix,
        "\"" + TestKeys.Prefix + "\uD800" + Key.Substring(6) + "\uDFFF\"",
        $$"""class C { string s = "\u0073k-ld-{{Key.Substring(6)}}"; }""",
        $$"""
        #line 100 "other.cs"
        class C { string k = "{{Key}}"; }
        #line default
        """,
    };

    public static TheoryData<int> BrokenSourceIndexes() => new(Enumerable.Range(0, BrokenSources.Length));

    [Theory]
    [MemberData(nameof(BrokenSourceIndexes))]
    public async Task BrokenOrOddCode_AnalyzersNeverThrow(int index)
    {
        var diagnostics = await AnalyzeAsync(BrokenSources[index]);

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task EveryForm_MessagesNeverShowTheKey()
    {
        var source = $$""""
            // {{Key}}
            /// <summary>{{Key}}</summary>
            class C
            {
                string a = "{{Key}}";
                string b = @"{{Key}}";
                string c = """{{Key}}""";
                string d = $"x {{Key}} {a}";
                System.ReadOnlySpan<byte> E => "{{Key}}"u8;
                const string F = "{{TestKeys.Prefix}}" + "{{Key.Substring(6)}}";
            #if NEVER
                {{Key}}
            #endif
            }
            """";

        var diagnostics = (await AnalyzeAsync(source)).Where(d => d.Id == "ODEUS001").ToList();

        Assert.Equal(9, diagnostics.Count);
        var visibleKeyPart = Key.Substring(0, TestKeys.Prefix.Length + 5);
        foreach (var diagnostic in diagnostics)
        {
            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(TestKeys.Mask(Key), message, StringComparison.Ordinal);
            Assert.DoesNotContain(visibleKeyPart, message, StringComparison.Ordinal);
            Assert.DoesNotContain(diagnostic.Properties.Values, value => value is not null && value.Contains(Key.Substring(6, 5), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task LargeFileWithoutKeys_NoDiagnostic()
    {
        var lines = Enumerable.Range(0, 20_000).Select(i => $"    string s{i} = \"sk-proj-{i} task-ld-{i} {TestKeys.Prefix}short\" + \"x\";");
        var source = "class Big\n{\n" + string.Join("\n", lines) + "\n}\n";

        var diagnostics = await AnalyzeAsync(source);

        Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("ODEUS", StringComparison.Ordinal) || d.Id == "AD0001"));
    }

    [Fact]
    public async Task TenThousandOperandConcatenations_FinishAndFindTheSplitKey()
    {
        var operands = string.Join(" + ", Enumerable.Range(0, 10_000).Select(i => $"\"p{i}\""));
        var names = string.Join(" + ", Enumerable.Range(0, 10_000).Select(i => "A"));
        var source = $$"""
            class C
            {
                const string A = " ";
                string Literals() => {{operands}};
                string Names(string v) => v + {{names}} + "{{TestKeys.Prefix}}" + "{{Key.Substring(6)}}";
            }
            """;
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var diagnostics = await AnalyzeAsync(source);

        Assert.Single(diagnostics, d => d.Id == "ODEUS001");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task OneMegabyteLiteral_FinishesAndFindsItsKey()
    {
        var source = "class C { string s = \"" + new string('a', 1024 * 1024) + " " + Key + "\"; }";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var diagnostics = await AnalyzeAsync(source);

        Assert.Single(diagnostics, d => d.Id == "ODEUS001");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task GeneratedCodeFile_KeyStillReported()
    {
        var tree = CSharpSyntaxTree.ParseText($$"""
            // <auto-generated/>
            class Generated { string k = "{{Key}}"; }
            """, new CSharpParseOptions(LanguageVersion.Latest), path: "Component.razor.g.cs");

        var diagnostics = await AnalyzeAsync(CSharpCompilation.Create("Generated", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));

        Assert.Single(diagnostics, d => d.Id == "ODEUS001");
    }

    [Fact]
    public async Task KeyAcrossSearchChunkBoundaries_FoundOnce()
    {
        // The text search reads the file in chunks; put a key across every offset near a chunk's end.
        for (var padding = 8192 - 40; padding < 8192 + 5; padding += 3)
        {
            var source = "// " + new string('a', padding) + "\n// " + Key + "\n";

            var diagnostics = await AnalyzeAsync(source);

            Assert.Single(diagnostics, d => d.Id == "ODEUS001");
        }
    }

    [Fact]
    public async Task EveryPrefixAndDeletionWhileTyping_AnalyzersNeverThrow()
    {
        var source = $$""""
            using System;
            using System.ClientModel;

            // rotated: {{Key}}
            public static class Parts { public const string Prefix = "{{TestKeys.Prefix}}"; }

            /// <summary>Builds clients; old key {{Key}}.</summary>
            class Factory
            {
                const string Local = "{{Key}}";
                static readonly string Split = Parts.Prefix + "{{Key.Substring(6)}}";
                string Header(string v) => $"Bearer {{Key}} {v}" + @"{{Key}}" + """{{Key}}""";
                ReadOnlySpan<byte> Utf8 => "{{Key}}"u8;
                ApiKeyCredential Credential() => new ApiKeyCredential(Local + "");
            #if NEVER
                string Disabled = "{{Key}}";
            #endif
            }
            """";

        // Every prefix, as the file is typed from the top, and every single deletion in the key-bearing lines.
        var cuts = Enumerable.Range(0, source.Length + 1).Where(i => i % 7 == 0 || i == source.Length);
        foreach (var cut in cuts)
        {
            await AnalyzeAsync(source.Substring(0, cut));
        }

        for (var i = source.IndexOf("const string Local", StringComparison.Ordinal); i < source.IndexOf("#if NEVER", StringComparison.Ordinal); i += 3)
        {
            await AnalyzeAsync(source.Remove(i, 1));
        }
    }

    [Fact]
    public async Task FixesOnHalfTypedCode_NeverThrow()
    {
        var source = $$"""
            class Factory
            {
                const string Local = "{{Key}}";
                static readonly string Split = "{{TestKeys.Prefix}}" + "{{Key.Substring(6)}}";
                string Header(string v) => $"Bearer {{Key}} {v}" + @"{{Key}}";
                // {{Key}}
                int Use() => Local.Length + Split.Length;
            }
            """;
        var provider = new OdeusAnalyzers.CodeFixes.HardcodedKeyCodeFixProvider();
        var applied = 0;
        for (var cut = source.Length; cut > 0; cut -= 11)
        {
            using var workspace = new Microsoft.CodeAnalysis.AdhocWorkspace();
            var document = workspace.CurrentSolution
                .AddProject("Typing", "Typing", LanguageNames.CSharp)
                .WithMetadataReferences(TestReferences.All)
                .AddDocument("Test.cs", source.Substring(0, cut));
            var compilation = await document.Project.GetCompilationAsync();
            foreach (var diagnostic in (await AnalyzeAsync(compilation!)).Where(d => d.Id == "ODEUS001"))
            {
                var actions = new List<Microsoft.CodeAnalysis.CodeActions.CodeAction>();
                await provider.RegisterCodeFixesAsync(new Microsoft.CodeAnalysis.CodeFixes.CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                foreach (var action in actions)
                {
                    Assert.NotEmpty(await action.GetOperationsAsync(CancellationToken.None));
                    applied++;
                }
            }
        }

        Assert.True(applied > 20, $"only {applied} fixes were offered");
    }

    private const string ClientCode = """
        using System;
        using System.ClientModel;
        using System.Net.Http;
        using Betalgo.Ranul.OpenAI;
        using Betalgo.Ranul.OpenAI.Extensions;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.SemanticKernel;
        using OpenAI;
        using OpenAI.Chat;

        class Clients
        {
            private const string Key = "placeholder";
            private static readonly string Shared = "shared";
            private string _assigned;

            Clients(IConfiguration configuration) => _assigned = "assigned";

            void Build(IKernelBuilder kernel, IServiceCollection services, HttpClient http, IConfiguration configuration)
            {
                var chat = new ChatClient("gpt-4o", Key);
                ChatClient typed = new(model: "gpt-4o", apiKey: Shared);
                string local = "local";
                local = "again";
                var credential = new ApiKeyCredential(local);
                var client = new OpenAIClient(credential, new OpenAIClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });
                kernel.AddOpenAIChatCompletion("gpt-4o", _assigned);
                services.AddOpenAIService(o => { o.ApiKey = "betalgo"; o.BaseDomain = "http://localhost:1234/"; });
                http.DefaultRequestHeaders.Add("Authorization", "Bearer " + Key);
                Environment.SetEnvironmentVariable("OPENAI_API_KEY", "env");
                var odeus = new ChatClient("gpt-4o", new ApiKeyCredential(Environment.GetEnvironmentVariable("ODEUS_API_KEY")!), new OpenAIClientOptions { Endpoint = new Uri("http://api.odeus.ai/v1") });
            }
        }
        """;

    [Fact]
    public async Task ClientCodeWhileTyping_AnalyzersAndFixesNeverThrow()
    {
        var providers = new Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider[]
        {
            new OdeusAnalyzers.CodeFixes.LiteralKeyToClientCodeFixProvider(), new OdeusAnalyzers.CodeFixes.KeyToOtherEndpointCodeFixProvider(),
        };
        var reported = 0;
        var applied = 0;
        for (var cut = ClientCode.Length; cut > 0; cut -= 5)
        {
            var text = ClientCode.Substring(0, cut);
            if (cut % 13 != 0 && cut != ClientCode.Length)
            {
                await AnalyzeAsync(text);
                continue;
            }

            using var workspace = new Microsoft.CodeAnalysis.AdhocWorkspace();
            var document = workspace.CurrentSolution
                .AddProject("Typing", "Typing", LanguageNames.CSharp)
                .WithMetadataReferences(TestReferences.All)
                .AddDocument("Test.cs", text);
            var compilation = await document.Project.GetCompilationAsync();
            foreach (var diagnostic in (await AnalyzeAsync(compilation!)).Where(d => d.Id is "ODEUS002" or "ODEUS005"))
            {
                reported++;
                var actions = new List<Microsoft.CodeAnalysis.CodeActions.CodeAction>();
                foreach (var provider in providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    await provider.RegisterCodeFixesAsync(new Microsoft.CodeAnalysis.CodeFixes.CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                }

                foreach (var action in actions)
                {
                    Assert.NotEmpty(await action.GetOperationsAsync(CancellationToken.None));
                    applied++;
                }
            }
        }

        Assert.True(reported > 30 && applied > 30, $"{reported} reported, {applied} fixes offered");

        // Every third single-character deletion in the client calls.
        var start = ClientCode.IndexOf("var chat", StringComparison.Ordinal);
        var end = ClientCode.LastIndexOf("var odeus", StringComparison.Ordinal);
        for (var i = start; i < end; i += 3)
        {
            await AnalyzeAsync(ClientCode.Remove(i, 1));
        }
    }

    [Fact]
    public async Task ClientCode_WholeFileReportsEveryConstantOnce()
    {
        var all = await AnalyzeAsync(ClientCode);
        var diagnostics = all.Where(d => d.Id == "ODEUS002").ToList();

        // The Odeus client over http:// is ODEUS005's; ODEUS004 applies only to browser-hosted projects.
        Assert.Single(all, d => d.Id == "ODEUS005");
        Assert.DoesNotContain(all, d => d.Id == "ODEUS004");

        // Key (twice used, once reported), Shared, "assigned", "local" and "again", "env"; Betalgo's localhost is exempt.
        var values = diagnostics.Select(d => d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)).Order().ToList();
        Assert.Equal(new[] { "\"again\"", "\"assigned\"", "\"env\"", "\"local\"", "\"placeholder\"", "\"shared\"" }, values);
    }

    [Fact]
    public async Task SuccessiveCompilationsAsInTheEditor_ReportTheCurrentText()
    {
        // The text scan of each file is shared by the compilations that hold it: an edit must never see a stale scan.
        var other = TestKeys.Odeus(10);
        var first = CSharpSyntaxTree.ParseText("class A { }", path: "A.cs");
        var second = CSharpSyntaxTree.ParseText($$"""class B { string k = "{{Key}}"; }""", path: "B.cs");
        var compilation = CSharpCompilation.Create("Editor", new[] { first, second }, TestReferences.All);

        var before = await AnalyzeAsync(compilation);
        var firstEdited = first.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From($$"""class A { const string P = "{{TestKeys.Prefix}}"; string k = P + "{{other.Substring(6)}}"; }"""));
        var afterAdding = await AnalyzeAsync(compilation.ReplaceSyntaxTree(first, firstEdited));
        var secondEdited = second.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("class B { }"));
        var afterRemoving = await AnalyzeAsync(compilation.ReplaceSyntaxTree(first, firstEdited).ReplaceSyntaxTree(second, secondEdited));

        Assert.Equal(new[] { "B.cs" }, before.Where(d => d.Id == "ODEUS001").Select(d => d.Location.SourceTree!.FilePath));
        Assert.Equal(new[] { "A.cs", "B.cs" }, afterAdding.Where(d => d.Id == "ODEUS001").Select(d => d.Location.SourceTree!.FilePath).Order());
        Assert.Equal(new[] { "A.cs" }, afterRemoving.Where(d => d.Id == "ODEUS001").Select(d => d.Location.SourceTree!.FilePath));
    }

    private static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Test.cs");
        return AnalyzeAsync(CSharpCompilation.Create("Robustness", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation)
    {
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new HardcodedKeyAnalyzer(), new InvalidOptionAnalyzer(), new LiteralKeyToClientAnalyzer(), new KeyToOtherEndpointAnalyzer(), new BrowserHostedKeyAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        return diagnostics;
    }
}
