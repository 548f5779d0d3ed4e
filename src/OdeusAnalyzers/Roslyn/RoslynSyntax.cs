using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>Questions about syntax that several rules ask.</summary>
internal static class RoslynSyntax
{
    /// <summary>The method, property, field or other member that holds <paramref name="node"/>; the file itself for top-level statements.</summary>
    public static SyntaxNode EnclosingMember(SyntaxNode node) =>
        node.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax and not GlobalStatementSyntax and not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax
            || n is CompilationUnitSyntax)!;

    /// <summary>
    /// Whether <paramref name="token"/>, found at <paramref name="position"/> where a text search met
    /// <paramref name="name"/>, is that name itself (<c>@name</c> too), not a longer identifier that holds it.
    /// </summary>
    public static bool IsNameWrittenAt(SyntaxToken token, int position, string name) =>
        token.ValueText == name && (token.SpanStart == position || token.SpanStart == position - 1);

    /// <summary>
    /// Whether <paramref name="member"/>, which reads <paramref name="name"/>, declares a parameter or local of that
    /// name, which hides a field or property. A declaration is a second place the member's text writes the name: with
    /// one place (and no \u escape that could spell it), the member is not walked.
    /// </summary>
    public static bool DeclaresLocal(SyntaxNode member, string name)
    {
        var text = member.SyntaxTree.GetText();
        if (TextSearch.CountIn(text, member.Span, name, atMost: 2) < 2 && !TextSearch.Contains(text, member.Span, "\\u"))
        {
            return false;
        }

        return member.DescendantNodes().Any(node => node switch
        {
            ParameterSyntax parameter => parameter.Identifier.ValueText == name,
            VariableDeclaratorSyntax variable => variable.Identifier.ValueText == name,
            SingleVariableDesignationSyntax designation => designation.Identifier.ValueText == name,
            ForEachStatementSyntax loop => loop.Identifier.ValueText == name,
            _ => false,
        });
    }

    /// <summary>
    /// Private (the default), internal or private protected, as its modifiers say: the members the key tracing follows
    /// to their writes. A public, protected or protected internal one may be set by any code, and is not.
    /// </summary>
    public static bool IsPrivateOrInternal(SyntaxTokenList modifiers) =>
        !modifiers.Any(SyntaxKind.PublicKeyword) && !(modifiers.Any(SyntaxKind.ProtectedKeyword) && !modifiers.Any(SyntaxKind.PrivateKeyword));

    /// <summary>A property with accessors and no bodies: the compiler stores its value.</summary>
    public static bool IsAutoProperty(PropertyDeclarationSyntax property) =>
        property.ExpressionBody is null && property.AccessorList?.Accessors.All(a => a.Body is null && a.ExpressionBody is null) == true;

    /// <summary>The expression a property's getter returns, when it is one: <c>=> x</c>, <c>get => x</c>, <c>get { return x; }</c>.</summary>
    public static ExpressionSyntax? GetterValue(PropertyDeclarationSyntax property)
    {
        if (property.ExpressionBody is { } body)
        {
            return body.Expression;
        }

        var getter = property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
        return getter?.ExpressionBody?.Expression
            ?? (getter?.Body?.Statements is { Count: 1 } statements && statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null);
    }
}
