using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OdeusAnalyzers.IntegrationTests;

/// <summary>
/// The package in an editor: the packed package's consumer opened in the csharp-ls language server, which reports
/// the analyzers' diagnostics for an open document, and again after an edit that is not saved.
/// </summary>
public sealed class EditorTests : IClassFixture<PackageConsumerTests.PackedPackage>
{
    private const string CsharpLsVersion = "0.28.0";

    private readonly PackageConsumerTests.PackedPackage _package;

    public EditorTests(PackageConsumerTests.PackedPackage package) => _package = package;

    [Fact]
    public void OpenDocument_ReportsKeys_AndAgainAfterAnUnsavedEdit()
    {
        var key = TestKeys.Odeus(81);
        var other = TestKeys.Odeus(82);
        var consumer = Path.Combine(_package.Root, "editor-" + Guid.NewGuid().ToString("N"));
        PackageConsumerTests.WriteConsumer(consumer, _package, "net10.0", $"class C\n{{\n    const string Key = \"{key}\";\n}}\n");
        var (restored, restoreOutput) = PackageConsumerTests.PackedPackage.Run("dotnet", "restore", consumer);
        Assert.True(restored == 0, restoreOutput);

        using var server = new LanguageServer(LocateCsharpLs(), consumer);
        var uri = new Uri(Path.Combine(consumer, "Program.cs")).AbsoluteUri;
        var text = File.ReadAllText(Path.Combine(consumer, "Program.cs"));
        server.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = text },
        });

        var before = server.PullDiagnostics(uri, codes => codes.Count(c => c == "ODEUS001") >= 1);

        var edited = text.Replace("}\n", $"    const string Other = \"{other}\";\n}}\n", StringComparison.Ordinal);
        server.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = edited }),
        });
        var after = server.PullDiagnostics(uri, codes => codes.Count(c => c == "ODEUS001") >= 2);

        Assert.Equal(1, before.Count(c => c == "ODEUS001"));
        Assert.Equal(2, after.Count(c => c == "ODEUS001"));
        Assert.DoesNotContain(other, File.ReadAllText(Path.Combine(consumer, "Program.cs")), StringComparison.Ordinal);
    }

    /// <summary>ODEUS_CSHARP_LS, or the copy .ci/run installs under artifacts/tools, installed there now if missing.</summary>
    private static string LocateCsharpLs()
    {
        if (Environment.GetEnvironmentVariable("ODEUS_CSHARP_LS") is { Length: > 0 } configured)
        {
            return configured;
        }

        var tools = Path.Combine(Repository.Root(), "artifacts", "tools");
        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "csharp-ls.exe" : "csharp-ls");
        if (!File.Exists(tool))
        {
            var (exitCode, output) = PackageConsumerTests.PackedPackage.Run("dotnet", $"tool install csharp-ls --version {CsharpLsVersion} --tool-path \"{tools}\"", Repository.Root());
            Assert.True(exitCode == 0 && File.Exists(tool), "csharp-ls could not be installed:\n" + output);
        }

        return tool;
    }

    /// <summary>A language server over stdio, with analyzers turned on as csharp-ls needs (`csharp.analyzersEnabled`).</summary>
    private sealed class LanguageServer : IDisposable
    {
        private static readonly JsonObject Settings = new() { ["csharp"] = new JsonObject { ["analyzersEnabled"] = true } };

        private readonly Process _process;
        private readonly BlockingCollection<JsonNode> _messages = new();
        private int _lastId;

        public LanguageServer(string executable, string root)
        {
            Progress.Say($"starting the language server {Path.GetFileName(executable)} on {Path.GetFileName(root)}");
            var start = ChildProcess.StartInfo(executable, string.Empty, root, redirectInput: true);
            _process = Process.Start(start)!;
            _process.ErrorDataReceived += (_, _) => { };
            _process.BeginErrorReadLine();
            new Thread(Read) { IsBackground = true }.Start();
            Request("initialize", new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["rootUri"] = new Uri(root + Path.DirectorySeparatorChar).AbsoluteUri,
                ["capabilities"] = new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false } },
                    ["workspace"] = new JsonObject { ["configuration"] = true },
                },
                ["initializationOptions"] = Settings.DeepClone(),
            });
            Notify("initialized", new JsonObject());
            Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = Settings.DeepClone() });
        }

        public void Notify(string method, JsonObject parameters) =>
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

        /// <summary>Pulls the document's diagnostics until <paramref name="done"/> holds for their codes, or two minutes pass.</summary>
        public List<string> PullDiagnostics(string uri, Func<List<string>, bool> done)
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (true)
            {
                var result = Request("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
                var codes = (result?["items"] as JsonArray ?? new JsonArray())
                    .Select(item => item?["code"]?.ToString() ?? string.Empty)
                    .ToList();
                if (done(codes) || DateTime.UtcNow > deadline)
                {
                    return codes;
                }

                Thread.Sleep(1000);
            }
        }

        public void Dispose()
        {
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }

            _process.Dispose();
        }

        private JsonNode? Request(string method, JsonObject parameters)
        {
            var id = Interlocked.Increment(ref _lastId);
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (_messages.TryTake(out var message, deadline - DateTime.UtcNow > TimeSpan.Zero ? deadline - DateTime.UtcNow : TimeSpan.Zero))
            {
                if (message["method"] is not null && message["id"] is { } requestId)
                {
                    // The server asks for its settings: the same for every section it names.
                    var count = (message["params"]?["items"] as JsonArray)?.Count ?? 0;
                    JsonNode? answer = message["method"]!.ToString() == "workspace/configuration"
                        ? new JsonArray(Enumerable.Range(0, count).Select(_ => (JsonNode?)Settings["csharp"]!.DeepClone()).ToArray())
                        : null;
                    Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId.DeepClone(), ["result"] = answer });
                }
                else if (message["id"]?.GetValue<int>() == id)
                {
                    Assert.Null(message["error"]);
                    return message["result"];
                }
            }

            throw new TimeoutException($"csharp-ls did not answer {method}");
        }

        private void Send(JsonObject message)
        {
            var body = Encoding.UTF8.GetBytes(message.ToJsonString());
            var stream = _process.StandardInput.BaseStream;
            stream.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            stream.Write(body);
            stream.Flush();
        }

        private void Read()
        {
            var stream = _process.StandardOutput.BaseStream;
            try
            {
                while (true)
                {
                    var length = 0;
                    string? line;
                    while ((line = ReadLine(stream)) is { Length: > 0 })
                    {
                        if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                        {
                            length = int.Parse(line.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                        }
                    }

                    if (line is null)
                    {
                        return;
                    }

                    var body = new byte[length];
                    stream.ReadExactly(body);
                    _messages.Add(JsonNode.Parse(body)!);
                }
            }
            catch (IOException)
            {
            }
            catch (ObjectDisposedException)
            {
            }
        }

        private static string? ReadLine(Stream stream)
        {
            var bytes = new List<byte>();
            while (true)
            {
                var next = stream.ReadByte();
                if (next < 0)
                {
                    return null;
                }

                if (next == '\n')
                {
                    return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
                }

                bytes.Add((byte)next);
            }
        }
    }
}
