using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>
/// The calls, constructions and assignments in a file that may hand a key to a client, found from words in the text
/// (a type, method or header name) without walking the tree; cached per tree. Only these nodes are ever bound.
/// </summary>
internal static class SinkCandidates
{
    private const string ClientSuffix = "Client";

    private static readonly string[] Anchors =
    {
        "OpenAI", "Credential", "AuthenticationHeaderValue", "SetEnvironmentVariable", "uthorization", "api-key", "piKey", "Update", ClientSuffix,
    };

    /// <summary>OpenAI clients whose names hold none of the other words, for files that import their namespace through a global using.</summary>
    private static readonly HashSet<string> ClientNames = new(System.StringComparer.Ordinal)
    {
        "ChatClient", "EmbeddingClient", "AudioClient", "ImageClient", "ModerationClient", "ResponsesClient", "AssistantClient", "BatchClient",
        "ContainerClient", "ConversationClient", "DecisionsClient", "EvaluationClient", "FineTuningClient", "GraderClient", "RealtimeClient",
        "SkillClient", "VectorStoreClient", "VideoClient",
    };

    private static readonly string[] TargetTypedNew = { "new(", "new (" };

    private static readonly ConditionalWeakTable<SyntaxTree, List<SyntaxNode>> s_candidates = new();

    public static List<SyntaxNode> Get(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (s_candidates.TryGetValue(tree, out var known))
        {
            return known;
        }

        var found = Find(tree, cancellationToken);
        return s_candidates.GetValue(tree, _ => found);
    }

    private static List<SyntaxNode> Find(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        var positions = WordSearch.FindAny(text, Anchors);
        var candidates = new List<SyntaxNode>();
        if (positions is null)
        {
            return candidates;
        }

        var root = tree.GetRoot(cancellationToken);
        var anchored = false;
        foreach (var position in positions)
        {
            if (IsClientSuffix(text, position, out var isClient) && !isClient)
            {
                continue;
            }

            anchored = true;
            if (Enclosing(root.FindToken(position)) is { } node)
            {
                candidates.Add(node);
            }
        }

        // `ChatClient client = new("gpt-4o", key);` names no client where it is built.
        if (anchored && WordSearch.FindAny(text, TargetTypedNew) is { } news)
        {
            foreach (var position in news)
            {
                if (root.FindToken(position).Parent is ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation)
                {
                    candidates.Add(creation);
                }
            }
        }

        return candidates.Distinct().OrderBy(node => node.SpanStart).ToList();
    }

    /// <summary>Whether the match at <paramref name="position"/> is the <c>Client</c> word, and if so whether it ends a known client's name.</summary>
    private static bool IsClientSuffix(Microsoft.CodeAnalysis.Text.SourceText text, int position, out bool isClient)
    {
        isClient = false;
        if (position + ClientSuffix.Length > text.Length)
        {
            return false;
        }

        for (var i = 0; i < ClientSuffix.Length; i++)
        {
            if (text[position + i] != ClientSuffix[i])
            {
                return false;
            }
        }

        var start = position;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        isClient = ClientNames.Contains(text.ToString(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, position + ClientSuffix.Length)));
        return true;
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
