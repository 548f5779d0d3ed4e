// LeakyApp: what NOT to do. Every Odeus API key in this project is written into source code, where anyone who can
// read the repository, or its history, can copy it. `dotnet build samples/LeakyApp` reports ODEUS001 on each one, and
// ODEUS002 on each placeholder handed to a client in LeakyClients.cs. The program only builds the clients; it sends no
// request.
using System;
using System.ClientModel;
using System.Net.Http;
using OpenAI;
using OpenAI.Chat;

// The provider page's "Don't do this", with the OpenAI SDK for .NET.
var client = new OpenAIClient(
    new ApiKeyCredential("sk-ld-a1b2c3d4e5f6g7h8i9j0"), // Never do this!
    new OpenAIClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });

// A key kept in a constant, in another file.
ChatClient chat = new(
    LeakySettings.Model,
    new ApiKeyCredential(LeakySettings.ApiKey),
    new OpenAIClientOptions { Endpoint = LeakySettings.Endpoint });

// A key inside a longer string: an Authorization header for raw HTTP calls.
using var http = new HttpClient { BaseAddress = LeakySettings.Endpoint };
http.DefaultRequestHeaders.Add("Authorization", "Bearer sk-ld-a1b2c3d4e5f6g7h8i9j0k1l2m3n4");

// A verbatim string.
var backupKey = @"sk-ld-a1b2c3d4e5f6g7h8i9j0";

// A key split in two, which the compiler joins into one constant.
const string SplitKey = "sk-ld-" + "a1b2c3d4e5f6g7h8i9j0k1l2";

// A comment still leaks: the old key was sk-ld-a1b2c3d4e5f6g7h8i9j0k1l2m3n4

// JSON configuration in a raw string literal.
var json = """
    {
      "endpoint": "https://api.odeus.ai/openai/eu/v1",
      "apiKey": "sk-ld-a1b2c3d4e5f6g7h8i9j0"
    }
    """;

Console.WriteLine($"Built {client.GetType().Name} and {chat.GetType().Name} for {http.BaseAddress}; sent nothing.");
Console.WriteLine($"Key-shaped values in this program: {backupKey.Length}, {SplitKey.Length}, {json.Length} characters.");
