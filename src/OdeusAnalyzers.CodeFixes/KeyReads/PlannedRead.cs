using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>An expression to replace, and how to build its replacement once the rewrite knows it can stand there.</summary>
internal readonly struct PlannedRead
{
    public PlannedRead(ExpressionSyntax target, System.Func<ExpressionSyntax?> createReplacement)
    {
        Target = target;
        CreateReplacement = createReplacement;
    }

    public ExpressionSyntax? Target { get; }

    public System.Func<ExpressionSyntax?>? CreateReplacement { get; }
}
