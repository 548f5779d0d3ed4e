using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>ODEUS001's check of keys split across a constant concatenation (<c>"sk-ld-" + Body</c>, consts built from consts).</summary>
internal static class ConcatenatedKeys
{
    /// <summary>
    /// Finds the concatenations that use a part of a key (a literal at one of the scan's part positions, or a name
    /// that carries one) from those places in the text, without walking the file.
    /// </summary>
    public static void Analyze(SyntaxTreeAnalysisContext context, TextScan scan, HashSet<string> globalCarriers, bool runsInBrowser, System.Lazy<SemanticModel> model)
    {
        var root = context.Tree.GetRoot(context.CancellationToken);
        var concatenations = new HashSet<BinaryExpressionSyntax>();
        var carriers = new HashSet<string>(globalCarriers, System.StringComparer.Ordinal);
        var pending = new Queue<string>(globalCarriers);
        void Seed(SyntaxToken token)
        {
            var expression = token.Parent is IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax access } name && access.Name == name
                ? access
                : token.Parent as ExpressionSyntax;
            if (expression is null)
            {
                return;
            }

            if (ConstantConcatenation.Outermost(expression) is { } concatenation)
            {
                concatenations.Add(concatenation);
            }

            if (ConstantDeclaredBy(expression) is { } constant && carriers.Add(constant))
            {
                pending.Enqueue(constant);
            }
        }

        foreach (var position in scan.PartPositions ?? new List<int>())
        {
            var token = root.FindToken(position);
            if (StringTokenKeys.IsLiteral(token))
            {
                Seed(token);
            }
        }

        if (pending.Count > 0)
        {
            var text = context.Tree.GetText(context.CancellationToken).ToString();
            while (pending.Count > 0)
            {
                var name = pending.Dequeue();
                foreach (var position in ConcatenationScope.Mentions(text, name))
                {
                    var token = root.FindToken(position);
                    if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
                    {
                        Seed(token);
                    }
                }
            }
        }

        foreach (var concatenation in concatenations)
        {
            foreach (var candidate in ConstantConcatenation.FindCandidates(concatenation))
            {
                var parts = ConstantConcatenation.GetParts(candidate);
                if (MayCompleteKey(parts, carriers))
                {
                    AnalyzeCandidate(context, model, candidate, parts, runsInBrowser);
                }
            }
        }
    }

    /// <summary>The name of the <c>const</c> field or local whose initializer holds <paramref name="expression"/>.</summary>
    private static string? ConstantDeclaredBy(ExpressionSyntax expression)
    {
        foreach (var ancestor in expression.Ancestors())
        {
            switch (ancestor)
            {
                case VariableDeclaratorSyntax declarator:
                    var isConst = declarator.Parent?.Parent switch
                    {
                        FieldDeclarationSyntax field => field.Modifiers.Any(SyntaxKind.ConstKeyword),
                        LocalDeclarationStatementSyntax local => local.IsConst,
                        _ => false,
                    };
                    return isConst ? declarator.Identifier.ValueText : null;
                case StatementSyntax or MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>Only a concatenation with a part that holds a key's prefix is bound; the rest are decided from syntax.</summary>
    private static bool MayCompleteKey(List<ExpressionSyntax> parts, HashSet<string> carriers)
    {
        foreach (var part in parts)
        {
            var holdsPrefix = part switch
            {
                LiteralExpressionSyntax literal => ConcatenationScope.HoldsPrefixPart(literal.Token.ValueText),
                MemberAccessExpressionSyntax access => carriers.Contains(access.Name.Identifier.ValueText),
                IdentifierNameSyntax name => carriers.Contains(name.Identifier.ValueText),
                _ => false,
            };
            if (holdsPrefix)
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeCandidate(SyntaxTreeAnalysisContext context, System.Lazy<SemanticModel> model, BinaryExpressionSyntax candidate, List<ExpressionSyntax> parts, bool runsInBrowser)
    {
        var values = ConstantConcatenation.GetPartValues(parts, model, context.CancellationToken);

        // Each run of constant parts between run-time values (all of them, for a true constant) is checked as one text.
        var runStart = 0;
        for (var i = 0; i <= values.Length; i++)
        {
            if (i < values.Length && values[i] is not null)
            {
                continue;
            }

            if (i - runStart >= 2)
            {
                var span = i - runStart == values.Length ? candidate.Span : TextSpan.FromBounds(parts[runStart].SpanStart, parts[i - 1].Span.End);
                AnalyzeConstant(context, span, values.Skip(runStart).Take(i - runStart).ToArray()!, runsInBrowser);
            }

            runStart = i + 1;
        }
    }

    private static void AnalyzeConstant(SyntaxTreeAnalysisContext context, TextSpan span, string[] values, bool runsInBrowser)
    {
        var whole = string.Concat(values);
        if (!KeyScanner.MayContainKey(whole))
        {
            return;
        }

        var tree = context.Tree;
        var variable = OdeusOptions.EnvironmentVariable.Value(context.Options, tree);
        foreach (var key in KeyScanner.FindKeys(whole))
        {
            if (!IsReportedInAPart(values, key))
            {
                var mask = KeyScanner.Mask(whole, key);
                context.ReportDiagnostic(HardcodedKeyDiagnostic.Create(Location.Create(tree, span), mask, KeyPlacements.ConstantExpression, variable, runsInBrowser));
            }
        }
    }

    /// <summary>A key that one part holds by itself is reported where that part is written (its literal), not again here.</summary>
    private static bool IsReportedInAPart(string[] values, KeySpan key)
    {
        var partStart = 0;
        foreach (var value in values)
        {
            var partEnd = partStart + value.Length;
            if (partStart < key.End && key.Start < partEnd && KeyScanner.MayContainKey(value) && KeyScanner.FindKeys(value).Count > 0)
            {
                return true;
            }

            partStart = partEnd;
        }

        return false;
    }
}
