using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = OdeusAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    OdeusAnalyzers.HardcodedKeyAnalyzer,
    OdeusAnalyzers.CodeFixes.HardcodedKeyCodeFixProvider>;
using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// One reader per variable: a type (or a file of top-level statements) with more than one read of the variable, or a
// read inside an interpolated string, reads it through one private static property; fixes one at a time and Fix All
// (which every VerifyCodeFixAsync runs, in document, project and solution scope) write the same code.
public sealed partial class HardcodedKeyTests
{
    [Fact]
    public Task TwoKeysInOneType_ShareOneReader() => Verify.VerifyCodeFixAsync($$"""
        using System.ClientModel;

        class Clients
        {
            ApiKeyCredential Chat() => new ApiKeyCredential("{|#0:{{Key}}|}");

            ApiKeyCredential Embeddings() => new ApiKeyCredential("{|#1:{{Other}}|}");
        }
        """, $$"""
        using System;
        using System.ClientModel;

        class Clients
        {
            ApiKeyCredential Chat() => new ApiKeyCredential(OdeusApiKey);

            ApiKeyCredential Embeddings() => new ApiKeyCredential(OdeusApiKey);

            {{Reader()}}
        }
        """, Odeus001(0, Key), Odeus001(1, Other));

    [Fact] // The first key was fixed before: its read moves into the reader the second fix declares.
    public Task TypeWithAReadAnEarlierFixWrote_BothGoThroughTheReader() => Verify.VerifyCodeFixAsync($$"""
        using System;

        class Clients
        {
            string Chat() => {{ReadAt(8)}};

            string Embeddings() => "{|#0:{{Key}}|}";
        }
        """, $$"""
        using System;

        class Clients
        {
            string Chat() => OdeusApiKey;

            string Embeddings() => OdeusApiKey;

            {{Reader()}}
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task TypeWithAReader_ReusesIt() => Verify.VerifyCodeFixAsync($$"""
        using System;

        class Clients
        {
            string Chat() => OdeusApiKey;

            string Embeddings() => "{|#0:{{Key}}|}";

            {{Reader()}}
        }
        """, $$"""
        using System;

        class Clients
        {
            string Chat() => OdeusApiKey;

            string Embeddings() => OdeusApiKey;

            {{Reader()}}
        }
        """, Odeus001(0, Key));

    [Fact] // A read of the variable with another message is the developer's own: it stays as written.
    public Task OwnReadWithAnotherMessage_StaysAsWritten() => Verify.VerifyCodeFixAsync($$"""
        using System;

        class Clients
        {
            string Chat() => Environment.GetEnvironmentVariable("ODEUS_API_KEY") ?? throw new InvalidOperationException("Run setup.sh");

            string Embeddings() => "{|#0:{{Key}}|}";
        }
        """, $$"""
        using System;

        class Clients
        {
            string Chat() => Environment.GetEnvironmentVariable("ODEUS_API_KEY") ?? throw new InvalidOperationException("Run setup.sh");

            string Embeddings() => {{ReadAt(8)}};
        }
        """, Odeus001(0, Key));

    [Fact]
    public Task ConstAndHeaderInOneType_ConstReadsTheReader() => Verify.VerifyCodeFixAsync($$"""
        using System.Net.Http;

        class Api
        {
            private const string s_key = "{|#0:{{Key}}|}";

            void Authorize(HttpClient http)
            {
                http.DefaultRequestHeaders.Add("api-key", s_key);
                http.DefaultRequestHeaders.Add("Authorization", "Bearer {|#1:{{Other}}|}");
            }
        }
        """, $$"""
        using System;
        using System.Net.Http;

        class Api
        {
            private static string Key => OdeusApiKey;

            void Authorize(HttpClient http)
            {
                http.DefaultRequestHeaders.Add("api-key", Key);
                http.DefaultRequestHeaders.Add("Authorization", $"Bearer {OdeusApiKey}");
            }

            {{Reader()}}
        }
        """, Odeus001(0, Key), Odeus001(1, Other));

    [Fact] // A nested type reads through its own reader; the outer type, with one read, keeps it in place.
    public Task NestedType_HasItsOwnReader() => Verify.VerifyCodeFixAsync($$"""
        class Outer
        {
            string Key() => "{|#0:{{Key}}|}";

            class Inner
            {
                string A() => "{|#1:{{Key}}|}";

                string B() => "{|#2:{{Other}}|}";
            }
        }
        """, $$"""
        using System;

        class Outer
        {
            string Key() => {{ReadAt(8)}};

            class Inner
            {
                string A() => OdeusApiKey;

                string B() => OdeusApiKey;

                {{Reader(8)}}
            }
        }
        """, Odeus001(0, Key), Odeus001(1, Key), Odeus001(2, Other));

    [Fact]
    public Task NameTaken_ReadsStayInPlace() => Verify.VerifyCodeFixAsync($$"""
        class Clients
        {
            int OdeusApiKey;

            string A() => "{|#0:{{Key}}|}";

            string B() => "{|#1:{{Other}}|}";
        }
        """, $$"""
        using System;

        class Clients
        {
            int OdeusApiKey;

            string A() => {{ReadAt(8)}};

            string B() => {{ReadAt(8)}};
        }
        """, Odeus001(0, Key), Odeus001(1, Other));

    [Fact] // Documents are fixed independently: two parts declaring the reader would not compile.
    public Task PartialTypeInTwoFiles_ReadsStayInPlace()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add($$"""
            partial class Clients
            {
                string A() => "{|#0:{{Key}}|}";

                string B() => "{|#1:{{Other}}|}";
            }
            """);
        test.TestState.Sources.Add($$"""
            partial class Clients
            {
                string C() => "{|#2:{{Key}}|}";
            }
            """);
        test.TestState.ExpectedDiagnostics.AddRange(new[] { Odeus001(0, Key), Odeus001(1, Other), Odeus001(2, Key) });
        test.FixedState.Sources.Add($$"""
            using System;

            partial class Clients
            {
                string A() => {{ReadAt(8)}};

                string B() => {{ReadAt(8)}};
            }
            """);
        test.FixedState.Sources.Add($$"""
            using System;

            partial class Clients
            {
                string C() => {{ReadAt(8)}};
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task TopLevelStatements_ReadThroughALocalFunction()
    {
        var test = new Verify.Test
        {
            TestCode = $$"""
                using System.Net.Http;

                var http = new HttpClient();
                http.DefaultRequestHeaders.Add("Authorization", "Bearer {|#0:{{Key}}|}");
                System.Console.WriteLine("{|#1:{{Other}}|}".Length);

                class Helper
                {
                    string K() => "{|#2:{{Key}}|}";
                }
                """,
            FixedCode = $$"""
                using System;
                using System.Net.Http;

                var http = new HttpClient();
                http.DefaultRequestHeaders.Add("Authorization", $"Bearer {OdeusApiKey()}");
                System.Console.WriteLine(OdeusApiKey().Length);

                {{LocalReader("OdeusApiKey", OdeusVariable)}}

                class Helper
                {
                    string K() => {{ReadAt(8)}};
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.AddRange(new[] { Odeus001(0, Key), Odeus001(1, Other), Odeus001(2, Key) });
        return test.RunAsync();
    }

    [Fact] // Fix All over a project: each type of each file gets its reader, or keeps its one read in place.
    public Task FixAllInProject_KeysInSeveralTypesAndFiles()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/Chat.cs", $$"""
            using System.ClientModel;
            using OpenAI.Chat;

            static class Chat
            {
                private static readonly ChatClient s_client = new ChatClient("gpt-4o", new ApiKeyCredential("{|#0:{{Key}}|}"));

                public static string Header => "Bearer {|#1:{{Other}}|}";

                public static ChatClient Get() => s_client;
            }

            class Single
            {
                ApiKeyCredential Create() => new ApiKeyCredential("{|#2:{{Key}}|}");
            }
            """));
        test.TestState.Sources.Add(("/Settings.cs", $$"""
            static class Settings
            {
                internal const string ApiKey = "{|#3:{{Key}}|}";
                private const string FALLBACK_KEY = "{|#4:{{Other}}|}";

                public static string Pick(bool primary) => primary ? ApiKey : FALLBACK_KEY;
            }
            """));
        test.TestState.ExpectedDiagnostics.AddRange(new[] { Odeus001(0, Key), Odeus001(1, Other), Odeus001(2, Key), Odeus001(3, Key), Odeus001(4, Other) });
        test.FixedState.Sources.Add(("/Chat.cs", $$"""
            using System;
            using System.ClientModel;
            using OpenAI.Chat;

            static class Chat
            {
                private static readonly Lazy<ChatClient> lazyClient = new Lazy<ChatClient>(() => new ChatClient("gpt-4o", new ApiKeyCredential(OdeusApiKey)));

                private static ChatClient Client => lazyClient.Value;

                public static string Header => $"Bearer {OdeusApiKey}";

                public static ChatClient Get() => Client;

                {{Reader()}}
            }

            class Single
            {
                ApiKeyCredential Create() => new ApiKeyCredential({{ReadAt(8)}});
            }
            """));
        test.FixedState.Sources.Add(("/Settings.cs", $$"""
            using System;

            static class Settings
            {
                internal static string ApiKey => OdeusApiKey;
                private static string FallbackKey => OdeusApiKey;

                public static string Pick(bool primary) => primary ? ApiKey : FallbackKey;

                {{Reader()}}
            }
            """));
        return test.RunAsync();
    }
}
