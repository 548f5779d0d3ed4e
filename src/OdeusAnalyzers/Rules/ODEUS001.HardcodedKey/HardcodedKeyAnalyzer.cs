using System.Collections.Immutable;
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
        context.RegisterCompilationStartAction(static start =>
        {
            var compilation = start.Compilation;
            var scope = new ConcatenationScope(compilation);
            var runsInBrowser = BrowserHosting.RunsInBrowser(start.Options);
            start.RegisterSyntaxTreeAction(tree =>
            {
                var scan = PrefixIndex.Get(tree.Tree, tree.CancellationToken);
                AnalyzeTree(tree, scan, runsInBrowser);
                var carriers = scope.Carriers(tree.CancellationToken);
                if (scan.MayHoldKeyParts || carriers.Count > 0)
                {
                    // A semantic model action would make the driver bind the whole file first, on every keystroke;
                    // here only the names in concatenations that may complete a key are bound.
                    ConcatenatedKeys.Analyze(tree, scan, carriers, runsInBrowser, new System.Lazy<SemanticModel>(() => SemanticModels.Of(compilation, tree.Tree)));
                }
            });
        });
    }

    private static void AnalyzeTree(SyntaxTreeAnalysisContext context, TextScan scan, bool runsInBrowser)
    {
        var positions = scan.PrefixPositions;
        if (positions is null)
        {
            return;
        }

        var text = context.Tree.GetText(context.CancellationToken);
        var root = context.Tree.GetRoot(context.CancellationToken);
        var variable = OdeusOptions.EnvironmentVariable.Value(context.Options, context.Tree);
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
                var home = StringTokenKeys.IsLiteral(token) ? KeyPlacements.Literal : KeyPlacements.InterpolatedText;
                var value = token.ValueText;
                foreach (var key in StringTokenKeys.Find(token))
                {
                    var location = Location.Create(context.Tree, key.SourceSpan ?? token.Span);
                    context.ReportDiagnostic(HardcodedKeyDiagnostic.Create(location, KeyScanner.Mask(value, key.ValueSpan), home, variable, runsInBrowser));
                }

                scannedUntil = token.Span.End;
            }
            else if (TryReadKey(text, position, out var keySpan, out var mask))
            {
                var home = IsInComment(root, token, position) ? KeyPlacements.Comment : KeyPlacements.Other;
                context.ReportDiagnostic(HardcodedKeyDiagnostic.Create(Location.Create(context.Tree, keySpan), mask, home, variable, runsInBrowser));
                scannedUntil = keySpan.End;
            }
        }
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
}
