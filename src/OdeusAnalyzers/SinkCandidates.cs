using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>Which kind of sink a candidate may be, so that a compilation without that SDK skips it before binding.</summary>
internal enum SinkFamily
{
    /// <summary>An AI SDK client, credential or options type.</summary>
    Sdk,

    /// <summary>An HTTP Authorization or api-key header.</summary>
    Http,

    /// <summary><c>Environment.SetEnvironmentVariable</c>.</summary>
    Environment,
}

/// <summary>
/// The calls, constructions and assignments in a file that may hand a key to a client, found from words in the text
/// (a type, method or header name) without walking the tree; cached per tree. Only these nodes are ever bound.
/// </summary>
internal static class SinkCandidates
{
    private static readonly string[] Words =
    {
        "OpenAI", "Client", "Credential", "Update", "piKey", "AuthenticationHeaderValue", "SetEnvironmentVariable",
    };

    /// <summary>Header names, written in any case.</summary>
    private static readonly string[] HeaderWords = { "authorization", "api-key" };

    /// <summary>OpenAI clients whose names do not say OpenAI, for files that import their namespace through a global using.</summary>
    private static readonly HashSet<string> ClientNames = new(System.StringComparer.Ordinal)
    {
        "ChatClient", "EmbeddingClient", "AudioClient", "ImageClient", "ModerationClient", "ResponsesClient", "AssistantClient", "BatchClient",
        "ContainerClient", "ConversationClient", "DecisionsClient", "EvaluationClient", "FineTuningClient", "GraderClient", "RealtimeClient",
        "SkillClient", "VectorStoreClient", "VideoClient",
    };

    private static readonly string[] TargetTypedNew = { "new(", "new (" };

    private static readonly ConditionalWeakTable<SyntaxTree, List<(SyntaxNode Node, SinkFamily Family)>> s_candidates = new();
    private static readonly ConditionalWeakTable<SyntaxTree, List<(SyntaxNode Node, SinkFamily Family)>> s_all = new();

    /// <summary>The candidates of <paramref name="tree"/> that may pass a constant, in source order.</summary>
    public static List<(SyntaxNode Node, SinkFamily Family)> Get(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (s_candidates.TryGetValue(tree, out var known))
        {
            return known;
        }

        var constants = new PossibleConstants(tree.GetText(cancellationToken), tree.GetRoot(cancellationToken));
        var found = All(tree, cancellationToken).Where(candidate => constants.AnyValueMayBeConstant(candidate.Node)).ToList();
        return s_candidates.GetValue(tree, _ => found);
    }

    /// <summary>Every candidate of <paramref name="tree"/>, whatever it passes, in source order.</summary>
    public static List<(SyntaxNode Node, SinkFamily Family)> All(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (s_all.TryGetValue(tree, out var known))
        {
            return known;
        }

        var found = Find(tree, cancellationToken);
        return s_all.GetValue(tree, _ => found);
    }

    private static List<(SyntaxNode Node, SinkFamily Family)> Find(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        var positions = WordSearch.FindAny(text, Words);
        if (WordSearch.FindAny(text, HeaderWords, System.StringComparison.OrdinalIgnoreCase) is { } headers)
        {
            (positions ??= new List<int>()).AddRange(headers);
        }

        var candidates = new List<(SyntaxNode Node, SinkFamily Family)>();
        if (positions is null)
        {
            return candidates;
        }

        var root = tree.GetRoot(cancellationToken);
        var namesSdk = false;
        foreach (var position in positions)
        {
            var token = root.FindToken(position);
            if (FamilyOf(token) is { } family)
            {
                // A client type named anywhere (a declaration, a using) makes the file's target-typed `new(...)` worth a look.
                namesSdk |= family == SinkFamily.Sdk;
                if (Enclosing(token) is { } node)
                {
                    candidates.Add((node, family));
                }
            }
        }

        // `ChatClient client = new("gpt-4o", key);` names no client where it is built.
        if (namesSdk && WordSearch.FindAny(text, TargetTypedNew) is { } news)
        {
            foreach (var position in news)
            {
                if (root.FindToken(position).Parent is ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation && !DeclaresOtherType(creation))
                {
                    candidates.Add((creation, SinkFamily.Sdk));
                }
            }
        }

        return candidates.Distinct().OrderBy(candidate => candidate.Node.SpanStart).ToList();
    }

    /// <summary><c>Uri endpoint = new("…");</c>: the declaration names a type that is no client.</summary>
    private static bool DeclaresOtherType(ImplicitObjectCreationExpressionSyntax creation)
    {
        var type = creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } }
            ? declaration.Type
            : creation.Parent is EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } ? property.Type : null;
        var name = type switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            NullableTypeSyntax { ElementType: IdentifierNameSyntax element } => element.Identifier.ValueText,
            _ => null,
        };
        return name is not null && FamilyOf(name) is null;
    }

    /// <summary>What a token holding one of the words names, or null when it is some other word that happens to contain it.</summary>
    private static SinkFamily? FamilyOf(SyntaxToken token)
    {
        var text = token.ValueText;
        if (token.IsKind(SyntaxKind.StringLiteralToken))
        {
            return string.Equals(text, "Authorization", System.StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, "api-key", System.StringComparison.OrdinalIgnoreCase)
                ? SinkFamily.Http
                : null;
        }

        return token.IsKind(SyntaxKind.IdentifierToken) ? FamilyOf(text) : null;
    }

    /// <summary>What an identifier names: an SDK type or member, an HTTP header type, or the environment setter.</summary>
    private static SinkFamily? FamilyOf(string text)
    {
        return text switch
        {
            "ApiKeyCredential" or "AzureKeyCredential" or "Update" or "ApiKey" => SinkFamily.Sdk,
            "AuthenticationHeaderValue" or "Authorization" => SinkFamily.Http,
            "SetEnvironmentVariable" => SinkFamily.Environment,
            _ when text.Contains("OpenAI") || ClientNames.Contains(text) => SinkFamily.Sdk,
            _ => null,
        };
    }

    /// <summary>The call, construction or assignment a word belongs to: its name, a type or argument in it.</summary>
    private static SyntaxNode? Enclosing(SyntaxToken token)
    {
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or InvocationExpressionSyntax:
                case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression }:
                    return node;
                case StatementSyntax or MemberDeclarationSyntax or UsingDirectiveSyntax or LambdaExpressionSyntax:
                    return null;
            }
        }

        return null;
    }
}
