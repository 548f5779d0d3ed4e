using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace OdeusAnalyzers;

/// <summary>ODEUS005: a client given an Odeus key whose endpoint is not an https:// URL on an Odeus host.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyToOtherEndpointAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.KeyToOtherEndpoint);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);

        // As for ODEUS002: a syntax-tree action that binds only the file's client calls, and only in members that name
        // an Odeus key, its variable, its configuration key or a member holding one. An operation action would bind
        // every method body.
        context.RegisterCompilationStartAction(static start =>
        {
            // In the browser, ODEUS004 is the finding for every client, whatever its endpoint.
            if (BrowserHosting.RunsInBrowser(start.Options) || ClientCensus.Of(start.Compilation) is not { } census || !census.Clients.Takes(SinkKind.Sdk))
            {
                return;
            }

            var compilation = start.Compilation;
            start.RegisterSyntaxTreeAction(tree => AnalyzeTree(tree, compilation, census));
        });
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context, Compilation compilation, ClientCensus census)
    {
        if (!census.HasCandidates(context.Tree, SinkKind.Sdk, context.CancellationToken) || MembersNamingAnOdeusKey(context, compilation) is not { } members)
        {
            return;
        }

        var candidates = census.Candidates(context.Tree, context.CancellationToken).Where(candidate => candidate.Family == SinkKind.Sdk).ToList();

        var clients = census.Clients;
        SemanticModel? model = null;
        foreach (var (node, _) in candidates)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!members.Contains(RoslynSyntax.EnclosingMember(node)) || VisiblyOdeusEndpoint.Has(node, context.Tree, context.CancellationToken)
                || (model ??= SemanticModels.Of(compilation, context.Tree)).GetOperation(node, context.CancellationToken) is not { } operation)
            {
                continue;
            }

            var client = operation switch
            {
                ISimpleAssignmentOperation assignment => ClientOfAssignment(assignment, clients, context.Options),
                _ => ClientOfCall(operation, clients, context.Options),
            };
            if (client is not null && Problem(operation, context.Options) is { } problem)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.KeyToOtherEndpoint, problem.Location, problem.UrlLocations, problem.Properties, client, problem.Says));
            }
        }
    }

    /// <summary>
    /// The members whose text names an Odeus key (its prefix, the Odeus variable or configuration key, as written in
    /// the options) or a field or property of the compilation declared with one: only there can a client be given one
    /// that this rule follows (directly, through a local, a credential or such a member). Null when there are none.
    /// </summary>
    private static HashSet<SyntaxNode>? MembersNamingAnOdeusKey(SyntaxTreeAnalysisContext context, Compilation compilation)
    {
        var positions = OdeusKeyMentions.Of(context.Tree, context.Options, context.CancellationToken).Positions;
        var holders = OdeusKeyMentions.HoldersIn(compilation, context.Options, context.CancellationToken);
        var holderPositions = holders.Length > 0 ? TextSearch.FindAny(context.Tree.GetText(context.CancellationToken), holders) : null;
        if (positions is null && holderPositions is null)
        {
            return null;
        }

        var root = context.Tree.GetRoot(context.CancellationToken);
        var members = new HashSet<SyntaxNode>();
        foreach (var position in positions ?? new List<int>())
        {
            members.Add(RoslynSyntax.EnclosingMember(root.FindToken(position).Parent ?? root));
        }

        foreach (var position in holderPositions ?? new List<int>())
        {
            // Only the name itself, not a longer identifier that contains it.
            var token = root.FindToken(position);
            if (token.SpanStart == position && token.Parent is IdentifierNameSyntax && Array.IndexOf(holders, token.ValueText) >= 0)
            {
                members.Add(RoslynSyntax.EnclosingMember(token.Parent));
            }
        }

        return members.Count > 0 ? members : null;
    }

    /// <summary>The client a call builds with an Odeus key, or null.</summary>
    private static string? ClientOfCall(IOperation operation, KnownClients clients, AnalyzerOptions options)
    {
        var (method, arguments) = operation switch
        {
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            _ => (null, default),
        };
        if (method is null || !clients.BuildsClient(method))
        {
            return null;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            var key = parameter.Name == "apiKey" && parameter.Type.SpecialType == SpecialType.System_String ? argument.Value
                : clients.IsCredential(parameter.Type) ? OdeusKeySource.CredentialKey(argument.Value, clients)
                : null;
            if (key is not null && OdeusKeySource.IsOdeusKey(key, options))
            {
                return KnownClients.ClientName(method);
            }
        }

        return null;
    }

    /// <summary>Betalgo's <c>ApiKey = …</c> set to an Odeus key.</summary>
    private static string? ClientOfAssignment(ISimpleAssignmentOperation assignment, KnownClients clients, AnalyzerOptions options) =>
        clients.Match(assignment) is { } sink && OdeusKeySource.IsOdeusKey(sink.KeyValue, options) ? sink.ClientName : null;

    private sealed class EndpointProblem
    {
        public EndpointProblem(Location location, string says, ImmutableDictionary<string, string?> properties, Location[] urlLocations)
        {
            Location = location;
            Says = says;
            Properties = properties;
            UrlLocations = urlLocations;
        }

        public Location Location { get; }

        public string Says { get; }

        public ImmutableDictionary<string, string?> Properties { get; }

        public Location[] UrlLocations { get; }
    }

    /// <summary>What is wrong with the endpoint the client is given, or null when it is an https:// Odeus URL or computed at run time.</summary>
    private static EndpointProblem? Problem(IOperation call, AnalyzerOptions options)
    {
        var tree = call.Syntax.SyntaxTree;
        var odeusEndpoint = OdeusOptions.Endpoint.Value(options, tree);
        var endpoint = GivenEndpoint.Of(call);
        string problem;
        string says;
        switch (endpoint.State)
        {
            case EndpointState.Missing when call is ISimpleAssignmentOperation assignment && ClientEndpoint.IsAzureProvider(assignment):
                problem = EndpointProblems.OtherHost;
                says = "is sent to an Azure OpenAI resource: send it only to odeus.ai and revoke it";
                break;
            case EndpointState.Missing:
                problem = EndpointProblems.Missing;
                says = "has no endpoint, so it goes to api.openai.com: set an Odeus endpoint";
                break;
            case EndpointState.Url when ClientEndpoint.Classify(endpoint.Url) != EndpointKind.Odeus:
                problem = EndpointProblems.OtherHost;
                says = $"is sent to '{Host(endpoint.Url!)}', which is not Odeus: send it only to odeus.ai and revoke it";
                break;
            case EndpointState.Url when !endpoint.Url!.Trim().StartsWith("https://", StringComparison.OrdinalIgnoreCase):
                problem = EndpointProblems.Http;
                says = "travels unencrypted over http://: use https://";
                break;
            default:
                return null;
        }

        var properties = ImmutableDictionary.CreateRange(new[]
        {
            new System.Collections.Generic.KeyValuePair<string, string?>(DiagnosticProperties.EndpointProblem, problem),
            new System.Collections.Generic.KeyValuePair<string, string?>(DiagnosticProperties.OdeusEndpoint, odeusEndpoint),
        });
        var urlLocations = endpoint.UrlSyntax is { } url && url.SyntaxTree == tree ? new[] { url.GetLocation() } : Array.Empty<Location>();
        return new EndpointProblem(Squiggle(call, endpoint), says, properties, urlLocations);
    }

    /// <summary>
    /// Where the finding is shown: the endpoint as the call gives it (in its arguments, or beside Betalgo's key), or
    /// the argument that carries it; with no endpoint given, the constructor's type, the method's or the property's name.
    /// </summary>
    private static Location Squiggle(IOperation call, GivenEndpoint endpoint)
    {
        var syntax = call.Syntax;
        var around = syntax.Parent is InitializerExpressionSyntax initializer ? initializer : syntax;
        if (endpoint.State != EndpointState.Missing)
        {
            if (endpoint.Written is { } written && written.SyntaxTree == syntax.SyntaxTree && around.Span.Contains(written.Span))
            {
                return written.GetLocation();
            }

            if (endpoint.Argument is { } argument)
            {
                return argument.GetLocation();
            }
        }

        if (syntax is ImplicitObjectCreationExpressionSyntax implicitCreation)
        {
            return implicitCreation.NewKeyword.GetLocation();
        }

        var name = syntax switch
        {
            ObjectCreationExpressionSyntax creation => creation.Type,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name,
            InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } => binding.Name,
            AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access } => access.Name,
            AssignmentExpressionSyntax assignment => assignment.Left,
            InvocationExpressionSyntax invocation => invocation.Expression,
            _ => syntax,
        };
        return name.GetLocation();
    }

    private static string Host(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : url;
}
