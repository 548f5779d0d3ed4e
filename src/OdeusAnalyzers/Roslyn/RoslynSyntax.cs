using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>Questions about syntax that several rules ask.</summary>
internal static class RoslynSyntax
{
    /// <summary>The method, property, field or other member that holds <paramref name="node"/>; the file itself for top-level statements.</summary>
    public static SyntaxNode EnclosingMember(SyntaxNode node) =>
        node.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax and not GlobalStatementSyntax and not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax
            || n is CompilationUnitSyntax)!;
}
