using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>
/// ODEUS001's fixes: a key in code is read from the environment variable, or from configuration where an
/// <c>IConfiguration</c> is in scope (whichever <c>odeus.preferred_fix</c> names is offered first), failing clearly
/// when unset; a key in a comment, XML doc, disabled code or directive text is redacted, and so is a key in a string
/// of a project that runs in the browser, where an environment variable would be public too. Generated code gets no
/// fix: the build writes it again from its source.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardcodedKeyCodeFixProvider))]
[Shared]
public sealed class HardcodedKeyCodeFixProvider : CodeFixProvider
{
    public const string UseEnvironmentVariableKey = "UseEnvironmentVariable";
    public const string UseConfigurationKey = "UseConfiguration";
    public const string RedactKey = "RedactKey";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.HardcodedKeyId);

    /// <summary>
    /// Fix All removes every key in its scope, whichever action started it: keys in code are read from configuration
    /// where it started from that action and configuration is in scope, from the environment otherwise (redacted in the
    /// browser); keys in comments are redacted. So one <c>dotnet format</c> run leaves no key behind, and several keys
    /// that share one literal or declaration are rewritten in one pass.
    /// </summary>
    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((context, document, diagnostics) =>
            FixAllAsync(document, diagnostics, context.CodeActionEquivalenceKey == UseConfigurationKey ? ReadFrom.ConfigurationWherePossible : ReadFrom.Environment, context.CancellationToken));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        if (await GeneratedDocuments.IsGeneratedAsync(document, context.CancellationToken).ConfigureAwait(false)
            || await document.GetSyntaxTreeAsync(context.CancellationToken).ConfigureAwait(false) is not { } tree)
        {
            return;
        }

        var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        var configurationFirst = OdeusOptions.PreferredFix.Value(document.Project.AnalyzerOptions, tree) == OdeusOptions.ConfigurationFix;
        foreach (var diagnostic in context.Diagnostics)
        {
            var finding = KeyFinding.From(diagnostic);
            if (finding.IsRedacted(text))
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Redact the key", token => KeyRedaction.RedactAsync(document, new[] { finding.Span }, token), RedactKey),
                    diagnostic);
                continue;
            }

            if (!finding.IsRead)
            {
                continue;
            }

            var fixes = new List<CodeAction>();
            if (await RewriteAsync(document, new[] { finding }, ReadFrom.Environment, context.CancellationToken).ConfigureAwait(false) is { } environmentFix)
            {
                fixes.Add(CodeAction.Create($"Read the key from {finding.Variable}", _ => Task.FromResult(environmentFix), UseEnvironmentVariableKey));
            }

            if (await RewriteAsync(document, new[] { finding }, ReadFrom.Configuration, context.CancellationToken).ConfigureAwait(false) is { } configurationFix)
            {
                var action = CodeAction.Create($"Read the key from configuration ('{ConfigurationKey(document, tree)}')", _ => Task.FromResult(configurationFix), UseConfigurationKey);
                fixes.Insert(configurationFirst ? 0 : fixes.Count, action);
            }

            foreach (var fix in fixes)
            {
                context.RegisterCodeFix(fix, diagnostic);
            }
        }
    }

    private static async Task<Document?> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, ReadFrom readFrom, CancellationToken cancellationToken)
    {
        if (await GeneratedDocuments.IsGeneratedAsync(document, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var findings = diagnostics.Select(KeyFinding.From).ToList();
        var redacted = findings.Where(f => f.IsRedacted(text)).Select(f => f.Span).ToList();
        var redactedDocument = redacted.Count == 0 ? document : await KeyRedaction.RedactAsync(document, redacted, cancellationToken).ConfigureAwait(false);
        var inCode = findings.Where(f => f.IsRead).Select(f => f.MovedTo(KeyRedaction.Shift(f.Span, redacted)));
        return await RewriteAsync(redactedDocument, inCode, readFrom, cancellationToken).ConfigureAwait(false)
            ?? (redacted.Count == 0 ? null : redactedDocument);
    }

    /// <summary>The rewritten document, or null when none of the findings can be fixed without breaking the build.</summary>
    private static async Task<Document?> RewriteAsync(Document document, IEnumerable<KeyFinding> findings, ReadFrom readFrom, CancellationToken cancellationToken)
    {
        var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
        var configurationKey = tree is null ? OdeusOptions.DefaultOdeusConfigurationKey : ConfigurationKey(document, tree);
        return await EnvironmentVariableRewrite.RewriteAsync(
            document,
            (root, model) => findings.Where(f => f.IsRead).Select(finding =>
            {
                var target = FindTarget(root, finding);
                var configuration = target is null || readFrom == ReadFrom.Environment ? null : ConfigurationInScope.Find(target, model, cancellationToken);
                if (target is null || (configuration is null && readFrom == ReadFrom.Configuration))
                {
                    return default;
                }

                var read = configuration is null ? KeyReadExpression.Create(finding.Variable) : KeyReadExpression.FromConfiguration(configuration, configurationKey);
                return new PlannedRead(target, () => KeyReplacement.Create(target, model, read, cancellationToken));
            }),
            cancellationToken).ConfigureAwait(false);
    }

    private static string ConfigurationKey(Document document, SyntaxTree tree) =>
        OdeusOptions.ConfigurationKey.Configured(document.Project.AnalyzerOptions, tree, out _) ?? OdeusOptions.DefaultOdeusConfigurationKey;

    private static ExpressionSyntax? FindTarget(SyntaxNode root, KeyFinding finding)
    {
        var span = finding.Span;
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        var placement = finding.Placement;
        if (placement == KeyPlacements.ConstantExpression)
        {
            return root.FindNode(span, getInnermostNodeForTie: true) as BinaryExpressionSyntax;
        }

        var token = root.FindToken(span.Start);
        return placement == KeyPlacements.Literal
            ? token.Parent as LiteralExpressionSyntax
            : token.Parent?.Parent as InterpolatedStringExpressionSyntax;
    }

    private enum ReadFrom
    {
        Environment,
        Configuration,
        ConfigurationWherePossible,
    }
}
