// ODEUS002: clients given a key that is written in the code. What the value looks like does not matter: a placeholder
// written where the key goes is where the real key lands in a later commit. ODEUS005: an Odeus key sent elsewhere.
using System;
using System.ClientModel;
using System.Net.Http;
using OpenAI;
using OpenAI.Chat;

internal static class LeakyClients
{
    // Reported here, where it is written, not at the client below; the fix turns it into a property read at run time.
    private const string PlaceholderKey = "replace-me";

    public static ChatClient Chat() => new ChatClient("gpt-4o", PlaceholderKey);

    // An Odeus endpoint, so the fix reads ODEUS_API_KEY.
    public static OpenAIClient Odeus() => new OpenAIClient(
        new ApiKeyCredential("sk-ld-your-key-here"),
        new OpenAIClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });

    // The variable's name, passed as if it were the key: the fix reads that variable.
    public static ChatClient FromVariableName() => new ChatClient("gpt-4o", "ODEUS_API_KEY");

    // A header counts when the request visibly goes to an AI provider: here Odeus, so the fix reads ODEUS_API_KEY.
    public static HttpClient Raw()
    {
        var http = new HttpClient { BaseAddress = new Uri("https://api.odeus.ai/openai/eu/v1/") };
        http.DefaultRequestHeaders.Add("Authorization", "Bearer hardcoded-token");
        return http;
    }

    // ODEUS005: the Odeus key is read as it should be, but no endpoint is set, so the SDK sends it to api.openai.com.
    public static ChatClient WithoutEndpoint() => new ChatClient("gpt-4o", Environment.GetEnvironmentVariable("ODEUS_API_KEY")!);

    // Not reported: a local model server (Ollama here) takes any key.
    public static ChatClient Local() => new ChatClient(
        "llama3",
        new ApiKeyCredential("ollama"),
        new OpenAIClientOptions { Endpoint = new Uri("http://localhost:11434/v1") });
}
