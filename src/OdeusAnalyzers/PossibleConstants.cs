using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>
/// A syntax-only check that a value could be a compile-time constant or a variable that only ever holds one, so that
/// a client call whose arguments are all parameters, calls or objects is never bound. It answers "maybe" whenever the
/// file alone cannot tell (a name declared in another file or type, a member another file may assign). Names are
/// looked up by text search of the file, not by walking it.
/// </summary>
internal sealed class PossibleConstants
{
    private const int MaximumDepth = 6;

    private readonly SourceText _text;
    private readonly SyntaxNode _root;
    private readonly Dictionary<string, List<SyntaxToken>> _occurrences = new(System.StringComparer.Ordinal);
    private readonly Dictionary<(SyntaxNode Scope, string Name), bool> _answers = new();

    public PossibleConstants(SourceText text, SyntaxNode root)
    {
        _text = text;
        _root = root;
    }

    /// <summary>Whether a value <paramref name="call"/> passes (arguments, initializer values, an assigned value) may be constant.</summary>
    public bool AnyValueMayBeConstant(SyntaxNode call)
    {
        var values = call switch
        {
            BaseObjectCreationExpressionSyntax creation => Arguments(creation.ArgumentList, SkipsFirst(creation)).Concat(InitializerValues(creation.Initializer)),
            InvocationExpressionSyntax invocation => Arguments(invocation.ArgumentList, SkipsFirst(invocation)),
            AssignmentExpressionSyntax assignment => new[] { assignment.Right },
            _ => Enumerable.Empty<ExpressionSyntax>(),
        };
        return values.Any(value => MayBeConstant(value, 0));
    }

    /// <summary>A header's name, an authentication scheme or a variable's name comes first, and is not the key.</summary>
    private static bool SkipsFirst(SyntaxNode call)
    {
        var name = call switch
        {
            ObjectCreationExpressionSyntax { Type: var type } => type is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText : (type as IdentifierNameSyntax)?.Identifier.ValueText,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name.Identifier.ValueText,
            InvocationExpressionSyntax { Expression: IdentifierNameSyntax identifier } => identifier.Identifier.ValueText,
            _ => null,
        };
        return name is "AuthenticationHeaderValue" or "Add" or "TryAddWithoutValidation" or "SetEnvironmentVariable";
    }

    private static IEnumerable<ExpressionSyntax> Arguments(ArgumentListSyntax? arguments, bool skipFirst)
    {
        if (arguments is null)
        {
            return Enumerable.Empty<ExpressionSyntax>();
        }

        var list = arguments.Arguments;
        return list.Where((argument, index) => !(skipFirst && index == 0 && argument.NameColon is null)).Select(a => a.Expression);
    }

    private static IEnumerable<ExpressionSyntax> InitializerValues(InitializerExpressionSyntax? initializer) =>
        initializer is null ? Enumerable.Empty<ExpressionSyntax>() : initializer.Expressions.OfType<AssignmentExpressionSyntax>().Select(a => a.Right);

    private bool MayBeConstant(ExpressionSyntax expression, int depth)
    {
        if (depth > MaximumDepth)
        {
            return true;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                return literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression);
            case InterpolatedStringExpressionSyntax or BinaryExpressionSyntax or ConditionalExpressionSyntax:
                return true;
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } }:
                return true;
            case ParenthesizedExpressionSyntax parenthesized:
                return MayBeConstant(parenthesized.Expression, depth + 1);
            case CastExpressionSyntax cast:
                return MayBeConstant(cast.Expression, depth + 1);
            case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed:
                return MayBeConstant(suppressed.Operand, depth + 1);
            case IdentifierNameSyntax name:
                return NameMayBeConstant(name, depth);
            case MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax member }:
                return MemberMayBeConstant(member, depth);
            case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax }:
                return true;
            default:
                return false;
        }
    }

    /// <summary>A parameter never is; a local is when one of its values may be; otherwise it is a member of the type.</summary>
    private bool NameMayBeConstant(IdentifierNameSyntax name, int depth)
    {
        var text = name.Identifier.ValueText;
        var member = EnclosingMember(name);
        var localValues = new List<ExpressionSyntax>();
        var hasLocal = false;
        foreach (var token in Occurrences(text))
        {
            switch (token.Parent)
            {
                case ParameterSyntax parameter when parameter.Parent?.Parent is { } owner && owner.Span.Contains(name.Span):
                    return false;
                case VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax } declarator when EnclosingMember(declarator) == member:
                    hasLocal = true;
                    if (declarator.Initializer is { } initializer)
                    {
                        localValues.Add(initializer.Value);
                    }

                    break;
            }
        }

        if (!hasLocal)
        {
            return MemberMayBeConstant(name, depth);
        }

        localValues.AddRange(AssignedValues(text, member ?? _root));
        return localValues.Any(value => MayBeConstant(value, depth + 1));
    }

    /// <summary>
    /// A field or property of the enclosing type: constant-initialized, assigned a constant in the type, or one that
    /// other files may assign. A name the type does not declare (inherited, or in another part) may be anything.
    /// </summary>
    private bool MemberMayBeConstant(IdentifierNameSyntax name, int depth)
    {
        if (name.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type || type.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return true;
        }

        var key = ((SyntaxNode)type, name.Identifier.ValueText);
        if (_answers.TryGetValue(key, out var known))
        {
            return known;
        }

        _answers[key] = true; // A member that refers to itself, directly or not, is not followed again.
        var answer = ComputeMember(type, name.Identifier.ValueText, depth);
        _answers[key] = answer;
        return answer;
    }

    private bool ComputeMember(TypeDeclarationSyntax type, string text, int depth)
    {
        var declared = false;
        foreach (var token in Occurrences(text))
        {
            switch (token.Parent)
            {
                case VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } declarator when field.Parent == type:
                    declared = true;
                    if (field.Modifiers.Any(SyntaxKind.ConstKeyword) || IsVisibleOutside(field.Modifiers)
                        || (declarator.Initializer is { } initializer && MayBeConstant(initializer.Value, depth + 1)))
                    {
                        return true;
                    }

                    break;
                case PropertyDeclarationSyntax property when property.Parent == type:
                    declared = true;
                    var isAuto = property.ExpressionBody is null && property.AccessorList?.Accessors.All(a => a.Body is null && a.ExpressionBody is null) == true;
                    if (isAuto && (IsVisibleOutside(property.Modifiers) || (property.Initializer is { } value && MayBeConstant(value.Value, depth + 1))))
                    {
                        return true;
                    }

                    break;
            }
        }

        return !declared || AssignedValues(text, type).Any(value => MayBeConstant(value, depth + 1));
    }

    /// <summary>Declared so that code in other files may assign it.</summary>
    private static bool IsVisibleOutside(SyntaxTokenList modifiers) =>
        modifiers.Any(SyntaxKind.PublicKeyword) || modifiers.Any(SyntaxKind.InternalKeyword) || modifiers.Any(SyntaxKind.ProtectedKeyword);

    /// <summary>The values assigned to <paramref name="text"/> (or <c>x.text</c>) within <paramref name="scope"/>.</summary>
    private IEnumerable<ExpressionSyntax> AssignedValues(string text, SyntaxNode scope)
    {
        foreach (var token in Occurrences(text))
        {
            if (token.Parent is IdentifierNameSyntax identifier && scope.Span.Contains(identifier.Span))
            {
                var target = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? access : (ExpressionSyntax)identifier;
                if (target.Parent is AssignmentExpressionSyntax assignment && assignment.Left == target && !SetsAnotherObject(assignment))
                {
                    yield return assignment.Right;
                }
            }
        }
    }

    /// <summary><c>new Options { Endpoint = … }</c> sets the new object's member, not one of the type being read.</summary>
    private static bool SetsAnotherObject(AssignmentExpressionSyntax assignment) =>
        assignment.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation }
        && !(creation is ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax created }
            && assignment.FirstAncestorOrSelf<TypeDeclarationSyntax>()?.Identifier.ValueText == created.Identifier.ValueText);

    /// <summary>The identifier tokens spelled <paramref name="text"/> in the file.</summary>
    private List<SyntaxToken> Occurrences(string text)
    {
        if (_occurrences.TryGetValue(text, out var known))
        {
            return known;
        }

        var tokens = new List<SyntaxToken>();
        foreach (var position in WordSearch.Find(_text, text) ?? new List<int>())
        {
            var token = _root.FindToken(position);
            if (token.SpanStart == position && token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == text)
            {
                tokens.Add(token);
            }
        }

        _occurrences.Add(text, tokens);
        return tokens;
    }

    private static SyntaxNode? EnclosingMember(SyntaxNode node) =>
        node.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax and not GlobalStatementSyntax || n is CompilationUnitSyntax);
}
