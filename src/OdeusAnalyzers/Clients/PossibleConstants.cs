using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace OdeusAnalyzers;

/// <summary>
/// A syntax-only judgement of whether a value could be a compile-time constant or a variable that only ever holds
/// one, so that a client call whose key can only be a parameter, a call or an object is never bound. Where the file
/// alone cannot tell (a name declared in another file or type), the verdict names what the compilation's declarations
/// must decide. Names are looked up by text search of the file, not by walking it.
/// </summary>
internal sealed class PossibleConstants
{
    private const int MaximumDepth = 6;

    private readonly SourceText _text;
    private readonly SyntaxNode _root;
    private readonly Dictionary<string, List<SyntaxToken>> _occurrences = new(System.StringComparer.Ordinal);
    private readonly Dictionary<(SyntaxNode Scope, string Name), ConstantVerdict> _answers = new();

    public PossibleConstants(SourceText text, SyntaxNode root)
    {
        _text = text;
        _root = root;
    }

    /// <summary>
    /// Whether <paramref name="value"/> may be constant. The file's answers are memoized in this instance, which
    /// several threads may share: one at a time.
    /// </summary>
    public ConstantVerdict Judge(ExpressionSyntax value)
    {
        var started = CensusStatistics.Start();
        lock (_answers)
        {
            var verdict = Verdict(value, 0);
            CensusStatistics.Stop(ref CensusStatistics.JudgeTicks, started);
            return verdict;
        }
    }

    /// <summary>The values <paramref name="call"/> passes (arguments, initializer values, an assigned value), each judged when first asked.</summary>
    public List<CandidateValue> Values(SyntaxNode call)
    {
        var values = new List<CandidateValue>(call is BaseObjectCreationExpressionSyntax { Initializer: null, ArgumentList: { } list } ? list.Arguments.Count : 4);
        switch (call)
        {
            case BaseObjectCreationExpressionSyntax creation:
                AddArguments(values, creation.ArgumentList);
                foreach (var expression in creation.Initializer?.Expressions ?? default)
                {
                    if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax property } assignment)
                    {
                        values.Add(new CandidateValue(0, property.Identifier.ValueText, assignment.Right, this, setsProperty: true));
                    }
                }

                break;
            case InvocationExpressionSyntax invocation:
                AddArguments(values, invocation.ArgumentList);
                break;
            case AssignmentExpressionSyntax assignment:
                values.Add(new CandidateValue(0, null, assignment.Right, this, setsProperty: true));
                break;
        }

        return values;
    }

    private void AddArguments(List<CandidateValue> values, ArgumentListSyntax? arguments)
    {
        if (arguments is null)
        {
            return;
        }

        for (var i = 0; i < arguments.Arguments.Count; i++)
        {
            var argument = arguments.Arguments[i];
            values.Add(new CandidateValue(i, argument.NameColon?.Name.Identifier.ValueText, argument.Expression, this));
        }
    }

    private ConstantVerdict Verdict(ExpressionSyntax expression, int depth)
    {
        if (depth > MaximumDepth)
        {
            return ConstantVerdict.Maybe;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                return !literal.IsKind(SyntaxKind.StringLiteralExpression) && !literal.IsKind(SyntaxKind.Utf8StringLiteralExpression) ? ConstantVerdict.No
                    : DeclaredFakes.IsDeclaredFake(literal.Token.ValueText) ? ConstantVerdict.DeclaredFake
                    : ConstantVerdict.Maybe;
            case InterpolatedStringExpressionSyntax interpolated:
                // $"Bearer {key}": the header's key is what the holes hold.
                return interpolated.Contents.OfType<InterpolationSyntax>().Aggregate(ConstantVerdict.Maybe, (verdict, hole) => ConstantVerdict.Both(verdict, Verdict(hole.Expression, depth + 1)));
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                return ConstantVerdict.Both(Verdict(binary.Left, depth + 1), Verdict(binary.Right, depth + 1));
            case ConditionalExpressionSyntax conditional:
                return ConstantVerdict.Both(Verdict(conditional.WhenTrue, depth + 1), Verdict(conditional.WhenFalse, depth + 1));
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } }:
                return ConstantVerdict.Maybe;
            case ParenthesizedExpressionSyntax parenthesized:
                return Verdict(parenthesized.Expression, depth + 1);
            case CastExpressionSyntax cast:
                return Verdict(cast.Expression, depth + 1);
            case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed:
                return Verdict(suppressed.Operand, depth + 1);
            case IdentifierNameSyntax name:
                return NameVerdict(name, depth);
            case MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax member }:
                return MemberVerdict(member, depth);
            case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax member }:
                return ConstantVerdict.DependsOn(member.Identifier.ValueText);
            default:
                return ConstantVerdict.No;
        }
    }

    /// <summary>A parameter never is; a local is when one of its values may be; otherwise it is a member of the type.</summary>
    private ConstantVerdict NameVerdict(IdentifierNameSyntax name, int depth)
    {
        var text = name.Identifier.ValueText;
        var member = RoslynSyntax.EnclosingMember(name);
        var localValues = new List<ExpressionSyntax>();
        var hasLocal = false;
        foreach (var token in Occurrences(text))
        {
            switch (token.Parent)
            {
                case ParameterSyntax parameter when parameter.Parent?.Parent is { } owner && owner.Span.Contains(name.Span):
                    return ConstantVerdict.No;
                case VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax } declarator when RoslynSyntax.EnclosingMember(declarator) == member:
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
            return MemberVerdict(name, depth);
        }

        localValues.AddRange(AssignedValues(text, member ?? _root));
        return ConstantVerdict.Any(localValues.Select(value => Verdict(value, depth + 1)));
    }

    /// <summary>
    /// A field or property of the enclosing type: constant-initialized, or assigned a constant in the type. One the
    /// type does not declare (inherited, in another part or file) is for the compilation's declarations to decide.
    /// </summary>
    private ConstantVerdict MemberVerdict(IdentifierNameSyntax name, int depth)
    {
        if (name.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type || type.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return ConstantVerdict.DependsOn(name.Identifier.ValueText);
        }

        var key = ((SyntaxNode)type, name.Identifier.ValueText);
        if (_answers.TryGetValue(key, out var known))
        {
            return known;
        }

        _answers[key] = ConstantVerdict.No; // A member that refers to itself, directly or not, is not followed again.
        var answer = ComputeMember(type, name.Identifier.ValueText, depth);
        _answers[key] = answer;
        return answer;
    }

    private ConstantVerdict ComputeMember(TypeDeclarationSyntax type, string text, int depth)
    {
        var declared = false;
        var verdict = ConstantVerdict.No;
        foreach (var token in Occurrences(text))
        {
            switch (token.Parent)
            {
                case VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } declarator when field.Parent == type:
                    declared = true;
                    if (field.Modifiers.Any(SyntaxKind.ConstKeyword))
                    {
                        return declarator.Initializer is { } constant ? Verdict(constant.Value, depth + 1) : ConstantVerdict.Maybe;
                    }

                    if (!RoslynSyntax.IsPrivateOrInternal(field.Modifiers))
                    {
                        return ConstantVerdict.No;
                    }

                    // Another file may assign an internal field: the compilation decides.
                    verdict = ConstantVerdict.Either(verdict, IsInternal(field.Modifiers) ? ConstantVerdict.DependsOn(text) : ConstantVerdict.No);
                    if (declarator.Initializer is { } initializer)
                    {
                        verdict = ConstantVerdict.Either(verdict, Verdict(initializer.Value, depth + 1));
                    }

                    break;
                case PropertyDeclarationSyntax property when property.Parent == type:
                    declared = true;
                    if (!RoslynSyntax.IsAutoProperty(property) || !RoslynSyntax.IsPrivateOrInternal(property.Modifiers))
                    {
                        return ConstantVerdict.No;
                    }

                    verdict = ConstantVerdict.Either(verdict, IsInternal(property.Modifiers) ? ConstantVerdict.DependsOn(text) : ConstantVerdict.No);
                    if (property.Initializer is { } value)
                    {
                        verdict = ConstantVerdict.Either(verdict, Verdict(value.Value, depth + 1));
                    }

                    break;
                case MethodDeclarationSyntax method when method.Parent == type:
                    declared = true;
                    break;
            }
        }

        if (!declared)
        {
            return ConstantVerdict.DependsOn(text);
        }

        return ConstantVerdict.Either(verdict, ConstantVerdict.Any(AssignedValues(text, type).Select(value => Verdict(value, depth + 1))));
    }

    private static bool IsInternal(SyntaxTokenList modifiers) => modifiers.Any(SyntaxKind.InternalKeyword);

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
        foreach (var position in TextSearch.Find(_text, text) ?? new List<int>())
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
}
