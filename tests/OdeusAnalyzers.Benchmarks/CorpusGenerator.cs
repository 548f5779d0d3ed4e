using System.Text;

namespace OdeusAnalyzers.Benchmarks;

/// <summary>
/// Writes a solution-sized corpus of realistic C#: services, models, constants, AI client factories and HTTP code,
/// with string literals of every form, comments, interpolations, a few hundred AI client constructions and a handful
/// of keys. The keys are assembled here at run time and never written to disk.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly string[] Nouns = { "Order", "Customer", "Invoice", "Shipment", "Product", "Ticket", "Report", "Session", "Prompt", "Document" };

    public static List<(string Path, string Text)> Generate(int fileCount, int largeDocumentLines, bool withClients = true)
    {
        var files = new List<(string, string)>(fileCount + 1);
        // One key of each kind (i % 6 picks it): comment, const, split concatenation, verbatim, UTF-8, raw JSON.
        var keyFiles = new HashSet<int> { 6, 7, 308, 903, 1504, fileCount - 1 };
        for (var i = 0; i < fileCount; i++)
        {
            var text = (i % 5) switch
            {
                0 => Service(i),
                1 => Models(i),
                2 => Constants(i),
                3 => withClients ? ClientFactory(i) : Service(i),
                _ => HttpCode(i),
            };
            if (keyFiles.Contains(i))
            {
                text = WithKey(text, i);
            }

            files.Add(($"Corpus/{Nouns[i % Nouns.Length]}/File{i:D4}.cs", text));
        }

        files.Add(("Corpus/Large/LargeDocument.cs", LargeDocument(largeDocumentLines)));
        return files;
    }

    /// <summary>One document of about <paramref name="lines"/> lines, the size the IDE path is measured on.</summary>
    public static string LargeDocument(int lines)
    {
        var text = new StringBuilder("namespace Corpus.Large;\n\nusing System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Text;\n\npublic sealed class LargeDocument\n{\n");
        var count = 10;
        for (var m = 0; count < lines - 2; m++)
        {
            var body = MethodBlock(m, "Large");
            text.Append(body);
            count += body.Count(c => c == '\n');
        }

        return text.Append("}\n").ToString();
    }

    private static string Key(int seed)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var random = new Random(seed);
        return "sk-" + "ld-" + new string(Enumerable.Range(0, 32).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }

    private static string WithKey(string text, int i)
    {
        var key = Key(i);
        var leak = (i % 6) switch
        {
            0 => $"    // Temporary key, remove before release: {key}\n",
            1 => $"    private const string LeakedKey = \"{key}\";\n",
            2 => $"    private const string SplitKey = \"sk-ld-\" + \"{key.Substring(6)}\";\n",
            3 => $"    private static readonly string VerbatimKey = @\"{key}\";\n",
            4 => $"    private static ReadOnlySpan<byte> Utf8Key => \"{key}\"u8;\n",
            _ => $"    private const string JsonKey = \"\"\"\n        {{ \"apiKey\": \"{key}\" }}\n        \"\"\";\n",
        };
        var insertAt = text.IndexOf("\n{\n", StringComparison.Ordinal) + 3;
        return text.Insert(insertAt, leak);
    }

    private static string Header(int i, string name) => $$"""
        // <copyright file="{{name}}{{i}}.cs" company="Contoso">
        // Copyright (c) Contoso. All rights reserved.
        // </copyright>

        namespace Corpus.{{Nouns[i % Nouns.Length]}};

        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;
        using System.Threading.Tasks;

        """;

    private static string Service(int i)
    {
        var noun = Nouns[i % Nouns.Length];
        var text = new StringBuilder(Header(i, "Service"));
        text.Append($$"""
            /// <summary>Reads and writes {{noun}} records for tenant-aware workflows.</summary>
            /// <remarks>Thread-safe; every public member validates its arguments.</remarks>
            public sealed class {{noun}}Service{{i}}
            {
                private readonly Dictionary<string, string> _cache = new(StringComparer.OrdinalIgnoreCase);
                private readonly List<string> _log = new();
                private int _count;

            """);
        for (var m = 0; m < 9; m++)
        {
            text.Append(MethodBlock(m + i, noun));
        }

        return text.Append("}\n").ToString();
    }

    private static string MethodBlock(int m, string noun) => (m % 4) switch
    {
        0 => $$"""
                /// <summary>Formats the {{noun}} with id <paramref name="id"/> for display.</summary>
                public string Describe{{m}}(int id, string name, decimal amount)
                {
                    var label = $"{{noun}} #{id}: {name} ({amount:C2})";
                    var path = @"C:\data\{{noun.ToLowerInvariant()}}s\archive\" + id + ".json";
                    var line = "Processed " + name + " at " + DateTime.UtcNow.ToString("O") + " with status " + (amount > 0 ? "ok" : "empty");
                    _log.Add(label + " -> " + path);
                    _count = _count + 1 + id % 3;
                    if (name.StartsWith("tmp-", StringComparison.Ordinal)) { return "temporary"; }
                    return string.Join(", ", label, line, _count.ToString());
                }

            """,
        1 => $$$""""
                // Builds the request body sent to the pricing service.
                public string Payload{{{m}}}(string id, IReadOnlyList<string> tags)
                {
                    var json = $$"""
                        {
                          "id": "{{id}}",
                          "kind": "{{{noun.ToLowerInvariant()}}}",
                          "tags": [{{string.Join(",", tags.Select(t => $"\"{t}\""))}}]
                        }
                        """;
                    /* Escape characters the downstream parser rejects. */
                    return json.Replace("\t", "\\t").Replace("\r\n", "\n");
                }

            """",
        2 => $$"""
                public int Score{{m}}(IEnumerable<int> values, int offset)
                {
                    var total = 0;
                    foreach (var value in values.Where(v => v > offset))
                    {
                        total = total + value * 2 - offset;
                        var bucket = value switch { < 10 => "low", < 100 => "medium", _ => "high" };
                        _cache[bucket + ":" + value] = $"{bucket}/{value}";
                    }

                    #region diagnostics
                    var message = string.Format("Scored {0} values with offset {1}", total, offset);
                    _log.Add(message);
                    #endregion
                    return total + offset;
                }

            """,
        _ => $$"""
                public async Task<string> Fetch{{m}}Async(HttpClient http, string id)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, $"https://api.contoso.example/v2/{{noun.ToLowerInvariant()}}s/{id}?expand=items");
                    request.Headers.Add("X-Request-Id", Guid.NewGuid().ToString("N"));
                    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                    var response = await http.SendAsync(request).ConfigureAwait(false);
                    var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                    var utf8 = "application/json"u8.Length;
                    return response.IsSuccessStatusCode ? body : "error " + (int)response.StatusCode + " (" + utf8 + ")";
                }

            """,
    };

    private static string Models(int i)
    {
        var noun = Nouns[i % Nouns.Length];
        var text = new StringBuilder(Header(i, "Models"));
        for (var r = 0; r < 6; r++)
        {
            text.Append($$"""
                /// <summary>A {{noun}} line item, version {{r}}.</summary>
                public sealed record {{noun}}Line{{i}}_{{r}}(string Sku, int Quantity, decimal Price)
                {
                    public const string Kind = "{{noun.ToLowerInvariant()}}-line";

                    public decimal Total => Quantity * Price;

                    public string Validate()
                    {
                        if (string.IsNullOrWhiteSpace(Sku)) { return "SKU is required."; }
                        if (Quantity <= 0) { return $"Quantity must be positive, was {Quantity}."; }
                        return Price switch
                        {
                            < 0 => "Price cannot be negative.",
                            > 10_000 => "Price needs approval: " + Sku,
                            _ => string.Empty,
                        };
                    }

                    public override string ToString() => $"{Sku} x{Quantity} @ {Price:0.00}";
                }

                """);
        }

        return text.ToString();
    }

    private static string Constants(int i)
    {
        var noun = Nouns[i % Nouns.Length];
        var text = new StringBuilder(Header(i, "Constants"));
        text.Append($$"""
            /// <summary>Names and routes shared by the {{noun}} module.</summary>
            public static class {{noun}}Constants{{i}}
            {
                public const string Area = "{{noun.ToLowerInvariant()}}";
                public const string Version = "v2";
                public const string Route = "api/" + Version + "/" + Area;
                public const string Cache = Area + ":" + Version;
                public const int PageSize = 50;
                public const int MaxPages = PageSize * 20;

            """);
        for (var c = 0; c < 22; c++)
        {
            text.Append($$"""
                    public const string Event{{c}} = Area + ".event{{c}}";
                    public const string Message{{c}} = "The {{noun}} was updated by " + "the scheduler (step {{c}}).";
                    public static readonly string Display{{c}} = Area + " #" + {{c}};
                    public static readonly int Weight{{c}} = PageSize + {{c}} * 3;

                """);
        }

        return text.Append("    // Password for the local test database: see the wiki, never here.\n    public const string DefaultDatabasePassword = \"P@ssw0rd-local\";\n}\n").ToString();
    }

    private static string ClientFactory(int i)
    {
        var noun = Nouns[i % Nouns.Length];
        var text = new StringBuilder(Header(i, "Clients"));
        text.Append($$"""
            using System.ClientModel;
            using OpenAI;
            using OpenAI.Chat;
            using OpenAI.Embeddings;

            /// <summary>Creates the AI clients the {{noun}} module uses.</summary>
            public sealed class {{noun}}Clients{{i}}
            {
                private static readonly Uri Endpoint = new("https://api.odeus.ai/openai/eu/v1");

                private static string ApiKey => Environment.GetEnvironmentVariable("ODEUS_API_KEY")
                    ?? throw new InvalidOperationException("ODEUS_API_KEY is not set.");

                public ChatClient Chat(string model = "gpt-4o-mini") =>
                    new(model, new ApiKeyCredential(ApiKey), new OpenAIClientOptions { Endpoint = Endpoint });

                public EmbeddingClient Embeddings() =>
                    new("text-embedding-3-small", new ApiKeyCredential(ApiKey), new OpenAIClientOptions { Endpoint = Endpoint });

                public OpenAIClient Root() => new(new ApiKeyCredential(ApiKey), new OpenAIClientOptions { Endpoint = Endpoint });

                // Local model server for development: the key is a dummy that LM Studio ignores.
                public ChatClient Local() =>
                    new("local-model", new ApiKeyCredential("not-needed"), new OpenAIClientOptions { Endpoint = new Uri("http://localhost:1234/v1") });

                public string Summarize{{i}}(IEnumerable<string> lines)
                {
                    var prompt = new StringBuilder("Summarize the following {{noun}} notes:\n");
                    foreach (var line in lines) { prompt.Append("- ").Append(line).Append('\n'); }
                    var token = "Bearer " + ApiKey;
                    return prompt.ToString() + (token.Length > 0 ? string.Empty : "no key");
                }

            """);
        for (var m = 0; m < 6; m++)
        {
            text.Append(MethodBlock(m * 3 + i, noun));
        }

        return text.Append("}\n").ToString();
    }

    private static string HttpCode(int i)
    {
        var noun = Nouns[i % Nouns.Length];
        var text = new StringBuilder(Header(i, "Http"));
        text.Append($$"""
            /// <summary>Calls the partner API for {{noun}} data.</summary>
            public sealed class {{noun}}Gateway{{i}}
            {
                private readonly HttpClient _http;

                public {{noun}}Gateway{{i}}(HttpClient http, string token)
                {
                    _http = http;
                    _http.BaseAddress = new Uri("https://partner.contoso.example/");
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "Contoso/{{i}} (+https://contoso.example)");
                }

                public string ConnectionString => "Server=db.contoso.example;Database={{noun}};User Id=app;Password=" + Environment.GetEnvironmentVariable("DB_PASSWORD");

            """);
        for (var m = 0; m < 8; m++)
        {
            text.Append(MethodBlock(m * 7 + i, noun));
        }

        return text.Append("}\n").ToString();
    }
}
