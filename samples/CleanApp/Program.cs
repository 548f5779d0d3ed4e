// CleanApp: the provider page's "Do this instead". The Odeus API key lives in the ODEUS_API_KEY environment variable,
// set by the shell, by the deployment's secret store or, on a developer machine, by a git-ignored .env file.
// The code never holds the key, so the repository and its history never do either.
//
//   cp .env.example .env     # then put your key in .env (never commit it)
//   dotnet run               # checks the key and builds the client; sends nothing
//   dotnet run -- "Say hello in French."   # also sends one chat message, to the model named by ODEUS_MODEL
using System;
using System.ClientModel;
using DotNetEnv;
using OpenAI;
using OpenAI.Chat;

const string KeyVariable = "ODEUS_API_KEY";
const string ModelVariable = "ODEUS_MODEL";
var endpoint = new Uri("https://api.odeus.ai/openai/eu/v1");

// Read .env from this folder or the nearest folder above it, if there is one. Variables already set in the
// environment win over the file, so production settings are never overridden by a stray .env.
Env.NoClobber().TraversePath().Load();

var apiKey = Environment.GetEnvironmentVariable(KeyVariable);
if (string.IsNullOrWhiteSpace(apiKey))
{
    Console.Error.WriteLine(
        $"The {KeyVariable} environment variable is not set. Copy .env.example to .env and put your Odeus API key " +
        "there, or set the variable in your shell or secret store. Keys are created in Workspace Settings → Products → API.");
    return 1;
}

if (!apiKey.StartsWith("sk-ld-", StringComparison.Ordinal))
{
    Console.Error.WriteLine($"Warning: {KeyVariable} does not look like an Odeus API key (they start with 'sk-ld-').");
}

var client = new OpenAIClient(new ApiKeyCredential(apiKey), new OpenAIClientOptions { Endpoint = endpoint });
Console.WriteLine($"{KeyVariable} is set; client ready for {endpoint}.");

if (args.Length == 0)
{
    Console.WriteLine("Pass a prompt to send one chat message, for example: dotnet run -- \"Say hello in French.\"");
    return 0;
}

var model = Environment.GetEnvironmentVariable(ModelVariable);
if (string.IsNullOrWhiteSpace(model))
{
    Console.Error.WriteLine($"The {ModelVariable} environment variable is not set: put the model to use in .env or your shell.");
    return 1;
}

try
{
    ChatClient chat = client.GetChatClient(model);
    ChatCompletion completion = chat.CompleteChat(string.Join(' ', args));
    Console.WriteLine(completion.Content[0].Text);
    return 0;
}
catch (ClientResultException e)
{
    Console.Error.WriteLine($"Odeus answered {e.Status}: {e.Message}");
    return 1;
}
