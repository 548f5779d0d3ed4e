using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>The code that reads the key at run time, and fails with a clear message when the variable is unset.</summary>
internal static class KeyReadExpression
{
    /// <summary>An identifier that stands for the key read while new code is built as text, then is swapped for <see cref="Create"/>.</summary>
    public const string Placeholder = "__OdeusKeyRead__";

    private static readonly HashSet<string> FullyQualifiedNames = new()
    {
        "global::System.Environment",
        "global::System.InvalidOperationException",
        "global::System.Text.Encoding",
        "global::System.ReadOnlySpan<byte>",
    };

    /// <summary><c>Environment.GetEnvironmentVariable("NAME") ?? throw new InvalidOperationException("...")</c>.</summary>
    public static ExpressionSyntax Create(string variable, string keyName = "Odeus API key")
    {
        var message = $"The {variable} environment variable is not set. Set it to your {keyName} before starting the application, for example in a git-ignored .env file or your deployment's secret store.";
        return Parse(
            "global::System.Environment.GetEnvironmentVariable(" + Quote(variable) + ") ?? throw new global::System.InvalidOperationException(" + Quote(message) + ")");
    }

    /// <summary><c>configuration["Section:Key"] ?? throw new InvalidOperationException("...")</c>.</summary>
    public static ExpressionSyntax FromConfiguration(ExpressionSyntax configuration, string key, string keyName)
    {
        var variable = key.Replace(":", "__");
        var message = $"The configuration value '{key}' is not set. Set it to your {keyName} with dotnet user-secrets, the {variable} environment variable or your deployment's secret store.";
        var read = Parse(Placeholder + "[" + Quote(key) + "] ?? throw new global::System.InvalidOperationException(" + Quote(message) + ")");
        return ReplacePlaceholders(read, configuration.WithoutTrivia());
    }

    /// <summary>The key a provider's read names in its error message.</summary>
    public static string KeyName(string? provider) => provider switch
    {
        KeyProviders.OpenAI => "OpenAI API key",
        KeyProviders.AzureOpenAI => "Azure OpenAI API key",
        _ => "Odeus API key",
    };

    /// <summary><c>"Bearer " + (read)</c>: the text the value keeps in front of the key.</summary>
    public static ExpressionSyntax WithPrefix(string? prefix, ExpressionSyntax read) =>
        string.IsNullOrEmpty(prefix)
            ? read
            : SyntaxFactory.BinaryExpression(
                SyntaxKind.AddExpression,
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(prefix!)),
                SyntaxFactory.ParenthesizedExpression(read));

    /// <summary>The same bytes as a UTF-8 literal: <c>new ReadOnlySpan&lt;byte&gt;(Encoding.UTF8.GetBytes(text))</c>.</summary>
    public static ExpressionSyntax AsUtf8(ExpressionSyntax text)
    {
        var wrapper = (ObjectCreationExpressionSyntax)Parse("new global::System.ReadOnlySpan<byte>(global::System.Text.Encoding.UTF8.GetBytes(" + Placeholder + "))");
        return ReplacePlaceholders(wrapper, text);
    }

    /// <summary>Parses <paramref name="code"/>, in which <see cref="Placeholder"/> marks where the key read goes.</summary>
    public static ExpressionSyntax? ParseWithKeyReads(string code, string variable)
    {
        var expression = SyntaxFactory.ParseExpression(code);
        if (expression.ContainsDiagnostics || expression.FullSpan.Length != code.Length)
        {
            return null;
        }

        return ReplacePlaceholders(expression, Create(variable));
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
