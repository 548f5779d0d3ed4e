using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>Rewrites keys written in one document to be read at run time, keeping the code compiling.</summary>
internal static class EnvironmentVariableRewrite
{
    /// <summary>
    /// Replaces each planned target with its run-time read, rewriting the declaration that holds it where a constant
    /// or a static initializer cannot hold a read; targets that cannot be rewritten without breaking the build are left.
    /// </summary>
    public static async Task<Document?> RewriteAsync(
        Document document,
        System.Func<SyntaxNode, SemanticModel, IEnumerable<PlannedRead>> plan,
        CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return null;
        }

        var replacements = new Dictionary<ExpressionSyntax, ExpressionSyntax>();
        var declarations = new Dictionary<SyntaxNode, List<(KeyDeclaration KeyDeclaration, ExpressionSyntax Target)>>();
        foreach (var planned in plan(root, model))
        {
            var target = planned.Target;
            if (target is null || replacements.ContainsKey(target))
            {
                continue;
            }

            var found = KeyDeclaration.Find(target);
            var replacement = found.Kind == KeyDeclarationKind.ConstantOnly || IsInExpressionTree(target, model, cancellationToken)
                ? null
                : planned.CreateReplacement!();
            if (replacement is null || await CanRewriteAsync(found, document, model, cancellationToken).ConfigureAwait(false) is not { } keyDeclaration)
            {
                continue;
            }

            replacements.Add(target, replacement);
            if (keyDeclaration.Declaration is not null)
            {
                if (!declarations.TryGetValue(keyDeclaration.Declaration, out var targets))
                {
                    declarations.Add(keyDeclaration.Declaration, targets = new());
                }

                targets.Add((keyDeclaration, target));
            }
        }

        if (replacements.Count == 0)
        {
            return null;
        }

        var readerNames = replacements.Values
            .SelectMany(r => r.GetAnnotatedNodes(KeyReadExpression.EnvironmentReadKind))
            .Select(read => KeyReaders.NameFor(read.GetAnnotations(KeyReadExpression.EnvironmentReadKind).First().Data!));
        // A read inside what becomes a Lazy<T> (a client built in a static initializer) sits deep in one long line.
        var inLazyValues = new HashSet<ExpressionSyntax>(declarations.Values.SelectMany(list => list)
            .Where(item => BecomesLazy(item.KeyDeclaration, model, cancellationToken))
            .Select(item => item.Target));
        var readers = KeyReaders.Apply(replacements, inLazyValues, model, cancellationToken);
        var (renamed, uses) = await PropertyNames.PlanAsync(
            declarations.Values.SelectMany(list => list.Select(item => item.KeyDeclaration)),
            new HashSet<string>(readerNames),
            document,
            model,
            cancellationToken).ConfigureAwait(false);
        foreach (var use in uses.Where(use => !replacements.Keys.Any(target => target.Span.Contains(use.Key.Span))))
        {
            replacements[use.Key] = use.Value;
        }

        var newNames = renamed.ToDictionary(pair => pair.Key.Identifier.SpanStart, pair => pair.Value);
        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        var inDeclarations = replacements.Keys.Where(target => declarations.Keys.Any(d => d.Span.Contains(target.Span))).ToList();
        foreach (var pair in replacements.Where(pair => !inDeclarations.Contains(pair.Key)))
        {
            editor.ReplaceNode(pair.Key, InPlace(pair.Key, pair.Value));
        }

        foreach (var pair in declarations)
        {
            var declaration = pair.Key.ReplaceNodes(inDeclarations.Where(t => pair.Key.Span.Contains(t.Span)), (original, _) => InPlace(original, replacements[original]));
            DeclarationRewrite.Apply(editor, pair.Key, declaration, pair.Value.Select(item => item.KeyDeclaration).ToList(), newNames, model, cancellationToken);
        }

        foreach (var reader in readers)
        {
            editor.ReplaceNode(reader.Owner, (current, _) => KeyReaders.WithReader(current, reader.Declaration));
        }

        return await PostEdit.ApplyAsync(document, editor.GetChangedRoot(), cancellationToken).ConfigureAwait(false);
    }

    private static bool BecomesLazy(KeyDeclaration keyDeclaration, SemanticModel model, CancellationToken cancellationToken)
    {
        if (keyDeclaration.Kind != KeyDeclarationKind.StaticInitializer || keyDeclaration.IsSettable)
        {
            return false;
        }

        var type = keyDeclaration.Declaration switch
        {
            PropertyDeclarationSyntax property => model.GetTypeInfo(property.Type, cancellationToken).Type,
            FieldDeclarationSyntax field => model.GetTypeInfo(field.Declaration.Type, cancellationToken).Type,
            _ => null,
        };
        return type is not null && type.SpecialType != SpecialType.System_String;
    }

    /// <summary>An expression tree cannot hold the <c>throw</c> expression of the read (CS8188).</summary>
    private static bool IsInExpressionTree(ExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var lambda in target.Ancestors().OfType<LambdaExpressionSyntax>())
        {
            if (model.GetTypeInfo(lambda, cancellationToken).ConvertedType is INamedTypeSymbol { Name: "Expression", ContainingNamespace: { Name: "Expressions", ContainingNamespace.Name: "Linq" } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The declaration as it can be rewritten, or null when the rewrite would break the build.</summary>
    private static async Task<KeyDeclaration?> CanRewriteAsync(KeyDeclaration keyDeclaration, Document document, SemanticModel model, CancellationToken cancellationToken)
    {
        var solution = document.Project.Solution;
        switch (keyDeclaration.Kind)
        {
            case KeyDeclarationKind.Code:
                return keyDeclaration;
            case KeyDeclarationKind.ConstField:
                return model.GetDeclaredSymbol(keyDeclaration.Declarator!, cancellationToken) is { } constant
                    && AttributesFitAProperty(keyDeclaration.Declaration!, model, cancellationToken)
                    && await KeyUsages.AllAllowRunTimeValueAsync(constant, solution, cancellationToken).ConfigureAwait(false)
                    ? keyDeclaration
                    : null;
            case KeyDeclarationKind.ConstLocal:
                foreach (var variable in ((LocalDeclarationStatementSyntax)keyDeclaration.Declaration!).Declaration.Variables)
                {
                    if (model.GetDeclaredSymbol(variable, cancellationToken) is not { } local
                        || !await KeyUsages.AllAllowRunTimeValueAsync(local, solution, cancellationToken).ConfigureAwait(false))
                    {
                        return null;
                    }
                }

                return keyDeclaration;
            case KeyDeclarationKind.StaticInitializer when keyDeclaration.Declaration is PropertyDeclarationSyntax property:
                return AutoPropertyAccessors(property) switch
                {
                    AutoAccessors.Get => keyDeclaration,
                    AutoAccessors.GetSet => keyDeclaration.AsSettable(),
                    _ => null,
                };
            case KeyDeclarationKind.StaticInitializer:
                if (model.GetDeclaredSymbol(keyDeclaration.Declarator!, cancellationToken) is not IFieldSymbol field
                    || !AttributesFitAProperty(keyDeclaration.Declaration!, model, cancellationToken))
                {
                    return null;
                }

                if (await KeyUsages.AllAreReadsAsync(field, solution, cancellationToken).ConfigureAwait(false))
                {
                    return keyDeclaration;
                }

                return field.Type.IsReferenceType && await KeyUsages.NoneByReferenceAsync(field, solution, cancellationToken).ConfigureAwait(false)
                    ? keyDeclaration.AsSettable()
                    : null;
            default:
                return null;
        }
    }

    /// <summary>A field becomes a property only when none of its attributes is for fields alone (<c>[ThreadStatic]</c>, say).</summary>
    private static bool AttributesFitAProperty(SyntaxNode declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var attribute in ((FieldDeclarationSyntax)declaration).AttributeLists.SelectMany(list => list.Attributes))
        {
            var type = model.GetTypeInfo(attribute, cancellationToken).Type;
            var usage = type?.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "System.AttributeUsageAttribute");
            if (type is null || (usage?.ConstructorArguments.FirstOrDefault().Value is int validOn && (validOn & (int)System.AttributeTargets.Property) == 0))
            {
                return false;
            }
        }

        return true;
    }

    private enum AutoAccessors
    {
        Other,
        Get,
        GetSet,
    }

    private static AutoAccessors AutoPropertyAccessors(PropertyDeclarationSyntax property)
    {
        var accessors = property.AccessorList?.Accessors;
        if (accessors is null || accessors.Value.Any(a => a.Body is not null || a.ExpressionBody is not null))
        {
            return AutoAccessors.Other;
        }

        var kinds = accessors.Value.Select(a => a.Kind()).ToList();
        return kinds.SequenceEqual(new[] { SyntaxKind.GetAccessorDeclaration }) ? AutoAccessors.Get
            : kinds.Count == 2 && kinds.Contains(SyntaxKind.GetAccessorDeclaration) && kinds.Contains(SyntaxKind.SetAccessorDeclaration) ? AutoAccessors.GetSet
            : AutoAccessors.Other;
    }

    /// <summary>The replacement, in parentheses where its <c>??</c> would otherwise bind to the code around it.</summary>
    private static ExpressionSyntax InPlace(ExpressionSyntax original, ExpressionSyntax replacement)
    {
        var needsParentheses = replacement is BinaryExpressionSyntax && original.Parent is not (ArgumentSyntax or EqualsValueClauseSyntax
            or ReturnStatementSyntax or ArrowExpressionClauseSyntax or InitializerExpressionSyntax or ParenthesizedExpressionSyntax
            or YieldStatementSyntax or SwitchExpressionArmSyntax or ParenthesizedLambdaExpressionSyntax or SimpleLambdaExpressionSyntax or ExpressionElementSyntax
            or AssignmentExpressionSyntax);
        var result = needsParentheses ? SyntaxFactory.ParenthesizedExpression(replacement) : replacement;
        return result.WithTriviaFrom(original).WithAdditionalAnnotations(Formatter.Annotation);
    }
}
