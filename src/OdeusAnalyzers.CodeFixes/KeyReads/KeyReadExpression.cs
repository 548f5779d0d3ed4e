using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>The code that reads the key at run time, and fails with a short message naming what is missing.</summary>
internal static class KeyReadExpression
{
    /// <summary>An identifier that stands for the key read while new code is built as text, then is swapped for the read.</summary>
    public const string Placeholder = "__OdeusKeyRead__";

    /// <summary>Marks an environment read the fix wrote; its data is the variable. <see cref="KeyReaders"/> may route it through a reader.</summary>
    public const string EnvironmentReadKind = "OdeusEnvironmentRead";

    /// <summary>Marks every <c>?? throw</c> read the fix wrote, whose <c>??</c> goes on its own line when the line is too long.</summary>
    public static readonly SyntaxAnnotation LongLineBreak = new("OdeusReadLineBreak");

    private static readonly HashSet<string> FullyQualifiedNames = new()
    {
        "global::System.Environment",
        "global::System.InvalidOperationException",
        "global::System.Text.Encoding",
        "global::System.ReadOnlySpan<byte>",
    };

    /// <summary><c>Environment.GetEnvironmentVariable("NAME") ?? throw new InvalidOperationException("NAME is not set.")</c>.</summary>
    public static ExpressionSyntax Create(string variable) =>
        Parse("global::System.Environment.GetEnvironmentVariable(" + Quote(variable) + ") ?? throw new global::System.InvalidOperationException(" + Quote(NotSetMessage(variable)) + ")")
            .WithAdditionalAnnotations(new SyntaxAnnotation(EnvironmentReadKind, variable), LongLineBreak);

    /// <summary><c>configuration["Section:Key"] ?? throw new InvalidOperationException("Section:Key is not set.")</c>.</summary>
    public static ExpressionSyntax FromConfiguration(ExpressionSyntax configuration, string key)
    {
        var read = Parse(Placeholder + "[" + Quote(key) + "] ?? throw new global::System.InvalidOperationException(" + Quote(NotSetMessage(key)) + ")");
        return ReplacePlaceholders(read, configuration.WithoutTrivia()).WithAdditionalAnnotations(LongLineBreak);
    }

    /// <summary>
    /// What the exception says: the name and nothing else to parse. How to set it is on the rule's help page.
    /// </summary>
    public static string NotSetMessage(string name) => name + " is not set.";

    /// <summary><c>$"Bearer {read}"</c>: the text the value keeps in front of the key, in the same shape ODEUS001 writes.</summary>
    public static ExpressionSyntax WithPrefix(string? prefix, ExpressionSyntax read)
    {
        if (string.IsNullOrEmpty(prefix))
        {
            return read;
        }

        var quoted = Quote(prefix!).Replace("{", "{{").Replace("}", "}}");
        return ParseWithKeyReads("$" + quoted.Substring(0, quoted.Length - 1) + "{" + Placeholder + "}\"", read) ?? read;
    }

    /// <summary>The same bytes as a UTF-8 literal: <c>new ReadOnlySpan&lt;byte&gt;(Encoding.UTF8.GetBytes(text))</c>.</summary>
    public static ExpressionSyntax AsUtf8(ExpressionSyntax text)
    {
        var wrapper = (ObjectCreationExpressionSyntax)Parse("new global::System.ReadOnlySpan<byte>(global::System.Text.Encoding.UTF8.GetBytes(" + Placeholder + "))");
        return ReplacePlaceholders(wrapper, text);
    }

    /// <summary>Parses <paramref name="code"/>, in which <see cref="Placeholder"/> marks where <paramref name="read"/> goes.</summary>
    public static ExpressionSyntax? ParseWithKeyReads(string code, ExpressionSyntax read)
    {
        var expression = SyntaxFactory.ParseExpression(code);
        if (expression.ContainsDiagnostics || expression.FullSpan.Length != code.Length)
        {
            return null;
        }

        return ReplacePlaceholders(expression, read);
    }

    private static ExpressionSyntax ReplacePlaceholders(ExpressionSyntax expression, ExpressionSyntax replacement)
    {
        var placeholders = expression.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => n.Identifier.ValueText == Placeholder);
        return expression.ReplaceNodes(placeholders, (_, _) => replacement);
    }

    private static string Quote(string text) => SyntaxFactory.Literal(text).Text;

    private static ExpressionSyntax Parse(string code)
    {
        var expression = SyntaxFactory.ParseExpression(code);
        var names = expression.DescendantNodes().Where(n => n is MemberAccessExpressionSyntax or QualifiedNameSyntax && FullyQualifiedNames.Contains(n.ToString()));
        return expression.ReplaceNodes(names, (_, current) => current.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation));
    }
}
