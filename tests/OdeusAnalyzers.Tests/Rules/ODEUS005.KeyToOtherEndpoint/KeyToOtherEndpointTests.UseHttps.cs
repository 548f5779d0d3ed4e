using static OdeusAnalyzers.Tests.Expected;

namespace OdeusAnalyzers.Tests;

// "Use https://" for an Odeus endpoint written with http://.
public sealed partial class KeyToOtherEndpointTests
{
    [Fact]
    public Task HttpEndpoint_BecomesHttps() => Fix($$"""
        using System;
        using System.ClientModel;
        using OpenAI;

        class C
        {
            OpenAIClient Create() => new OpenAIClient(new ApiKeyCredential({{ReadKey}}), new OpenAIClientOptions { Endpoint = {|#0:new Uri("http://api.odeus.ai/openai/eu/v1")|} });
        }
        """, $$"""
        using System;
        using System.ClientModel;
        using OpenAI;

        class C
        {
            OpenAIClient Create() => new OpenAIClient(new ApiKeyCredential({{ReadKey}}), new OpenAIClientOptions { Endpoint = new Uri("https://api.odeus.ai/openai/eu/v1") });
        }
        """, "UseHttps", Odeus005(0, "OpenAIClient", Odeus005Says.Http));

    [Fact]
    public Task HttpEndpointInALocal_BecomesHttps() => Fix($$"""
        using System;
        using System.ClientModel;
        using OpenAI;

        class C
        {
            OpenAIClient Create()
            {
                var endpoint = new Uri("http://api.odeus.ai/openai/eu/v1");
                return new OpenAIClient(new ApiKeyCredential({{ReadKey}}), new OpenAIClientOptions { Endpoint = {|#0:endpoint|} });
            }
        }
        """, $$"""
        using System;
        using System.ClientModel;
        using OpenAI;

        class C
        {
            OpenAIClient Create()
            {
                var endpoint = new Uri("https://api.odeus.ai/openai/eu/v1");
                return new OpenAIClient(new ApiKeyCredential({{ReadKey}}), new OpenAIClientOptions { Endpoint = endpoint });
            }
        }
        """, "UseHttps", Odeus005(0, "OpenAIClient", Odeus005Says.Http));
}
