using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>ODEUS001: an Odeus API key written anywhere in a C# file.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedKeyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HardcodedKey);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // A key in generated code (a .razor component, a .g.cs file) leaks just the same.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterSyntaxTreeAction(AnalyzeTree);
        context.RegisterSyntaxNodeAction(AnalyzeConcatenation, SyntaxKind.AddExpression);
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context)
    {
        var text = context.Tree.GetText(context.CancellationToken);
        var positions = SourceTextSearch.FindAll(text, KeyScanner.Prefix);
        if (positions is null)
        {
            return;
        }

        var root = context.Tree.GetRoot(context.CancellationToken);
        var variable = OdeusOptions.GetEnvironmentVariable(context.Options, context.Tree, out _);
        var scannedUntil = 0;
        foreach (var position in positions)
        {
            if (position < scannedUntil)
            {
                continue;
            }

            var token = root.FindToken(position, findInsideTrivia: true);
            if (token.Span.Contains(position) && (StringTokenKeys.IsLiteral(token) || StringTokenKeys.IsInterpolatedText(token)))
            {
                var home = StringTokenKeys.IsLiteral(token) ? KeyHomes.Literal : KeyHomes.InterpolatedText;
                var value = token.ValueText;
                foreach (var key in StringTokenKeys.Find(token))
                {
                    var location = Location.Create(context.Tree, key.SourceSpan ?? token.Span);
                    context.ReportDiagnostic(Create(location, KeyScanner.Mask(value, key.ValueSpan), home, variable));
                }

                scannedUntil = token.Span.End;
            }
            else if (TryReadKey(text, position, out var keySpan, out var mask))
            {
                var home = IsInComment(root, token, position) ? KeyHomes.Comment : KeyHomes.Other;
                context.ReportDiagnostic(Create(Location.Create(context.Tree, keySpan), mask, home, variable));
                scannedUntil = keySpan.End;
            }
        }
    }

    private static void AnalyzeConcatenation(SyntaxNodeAnalysisContext context)
    {
        var concatenation = (BinaryExpressionSyntax)context.Node;
        if (!ConstantConcatenation.IsOutermost(concatenation))
        {
            // The outermost addition speaks for the whole chain.
            return;
        }

        foreach (var candidate in ConstantConcatenation.FindCandidates(concatenation))
        {
            var parts = ConstantConcatenation.GetParts(candidate);
            var values = ConstantConcatenation.GetPartValues(parts, context.SemanticModel, context.CancellationToken);

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
                    AnalyzeConstant(context, span, values.Skip(runStart).Take(i - runStart).ToArray()!);
                }

                runStart = i + 1;
            }
        }
    }

    private static void AnalyzeConstant(SyntaxNodeAnalysisContext context, TextSpan span, string[] values)
    {
        var whole = string.Concat(values);
        if (!KeyScanner.MayContainKey(whole))
        {
            return;
        }

        var variable = OdeusOptions.GetEnvironmentVariable(context.Options, context.Node.SyntaxTree, out _);
        foreach (var key in KeyScanner.FindKeys(whole))
        {
            if (!IsReportedInAPart(values, key))
            {
                var mask = KeyScanner.Mask(whole, key);
                context.ReportDiagnostic(Create(Location.Create(context.Node.SyntaxTree, span), mask, KeyHomes.ConstantExpression, variable));
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

    private static bool TryReadKey(SourceText text, int position, out TextSpan keySpan, out string mask)
    {
        keySpan = default;
        mask = string.Empty;
        if (position > 0 && KeyScanner.IsKeyCharacter(text[position - 1]))
        {
            return false;
        }

        var end = position + KeyScanner.Prefix.Length;
        while (end < text.Length && KeyScanner.IsKeyCharacter(text[end]))
        {
            end++;
        }

        var candidate = text.ToString(TextSpan.FromBounds(position, end));
        if (!KeyScanner.TryReadKeyAt(candidate, 0, out var key))
        {
            return false;
        }

        keySpan = new TextSpan(position, key.Length);
        mask = KeyScanner.Mask(candidate, key);
        return true;
    }

    private static bool IsInComment(SyntaxNode root, SyntaxToken token, int position)
    {
        if (token.Span.Contains(position))
        {
            return token.Parent?.FirstAncestorOrSelf<DocumentationCommentTriviaSyntax>(ascendOutOfTrivia: false) is not null;
        }

        var trivia = root.FindTrivia(position, findInsideTrivia: true);
        return trivia.Span.Contains(position) && trivia.Kind() is SyntaxKind.SingleLineCommentTrivia
            or SyntaxKind.MultiLineCommentTrivia
            or SyntaxKind.DisabledTextTrivia
            or SyntaxKind.PreprocessingMessageTrivia;
    }

    private static Diagnostic Create(Location location, string mask, string home, string variable) =>
        Diagnostic.Create(
            Descriptors.HardcodedKey,
            location,
            ImmutableDictionary.CreateRange(new[]
            {
                new System.Collections.Generic.KeyValuePair<string, string?>(DiagnosticProperties.KeyHome, home),
                new System.Collections.Generic.KeyValuePair<string, string?>(DiagnosticProperties.EnvironmentVariable, variable),
            }),
            mask,
            variable);
}
