using System;
using OpenAI;
using System.ClientModel;

/// <summary>Settings kept in code: the key is a constant, and a shared client is built from a literal.</summary>
internal static class LeakySettings
{
    public const string Model = "gpt-4o-mini";

    public const string ApiKey = "sk-ld-a1b2c3d4e5f6g7h8i9j0k1l2m3n4";

    public static readonly Uri Endpoint = new("https://api.odeus.ai/openai/eu/v1");

    /// <summary>A client shared by the whole app. Its key: sk-ld-a1b2c3d4e5f6g7h8i9j0k1l2</summary>
    public static readonly OpenAIClient SharedClient = new(
        new ApiKeyCredential("sk-ld-a1b2c3d4e5f6g7h8i9j0k1l2"),
        new OpenAIClientOptions { Endpoint = Endpoint });
}
