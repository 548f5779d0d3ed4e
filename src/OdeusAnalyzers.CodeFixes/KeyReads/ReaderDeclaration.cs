using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>A reader to declare (<see cref="KeyReaders"/>): a member of a type, or a local function of top-level statements.</summary>
internal readonly struct ReaderDeclaration
{
    public ReaderDeclaration(SyntaxNode owner, SyntaxNode declaration)
    {
        Owner = owner;
        Declaration = declaration;
    }

    /// <summary>The type declaration, or the compilation unit of top-level statements.</summary>
    public SyntaxNode Owner { get; }

    /// <summary>A <c>PropertyDeclarationSyntax</c>, or a <c>GlobalStatementSyntax</c> holding a local function.</summary>
    public SyntaxNode Declaration { get; }
}
