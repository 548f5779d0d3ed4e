using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;

namespace OdeusAnalyzers.CodeFixes;

/// <summary>
/// A private field that becomes a property gets a property's name (<c>s_apiKey</c>, <c>_apiKey</c>, <c>API_KEY</c> →
/// <c>ApiKey</c>), and its uses are renamed with it. A field other code may use (not private) keeps its name, and so
/// does one whose new name is taken or whose uses are not all in the document being fixed (a partial type in several files).
/// </summary>
internal static class PropertyNames
{
    /// <summary>The new name of each field declarator that is renamed, and each of its uses in the document with the new name.</summary>
    public static async Task<(Dictionary<VariableDeclaratorSyntax, string> Declarators, Dictionary<ExpressionSyntax, ExpressionSyntax> Uses)> PlanAsync(
        IEnumerable<KeyDeclaration> converted,
        ICollection<string> reserved,
        Document document,
        SemanticModel model,
        CancellationToken cancellationToken)
    {
        var declarators = new Dictionary<VariableDeclaratorSyntax, string>();
        var uses = new Dictionary<ExpressionSyntax, ExpressionSyntax>();
        foreach (var keyDeclaration in converted)
        {
            if (keyDeclaration.Declaration is not FieldDeclarationSyntax field || keyDeclaration.Declarator is not { } declarator
                || declarators.ContainsKey(declarator) || !IsPrivate(field)
                || model.GetDeclaredSymbol(declarator, cancellationToken) is not IFieldSymbol symbol)
            {
                continue;
            }

            var name = For(symbol.Name);
            if (name == symbol.Name || reserved.Contains(name) || name == symbol.ContainingType.Name || symbol.ContainingType.GetMembers(name).Length > 0)
            {
                continue;
            }

            var references = (await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false))
                .SelectMany(r => r.Locations).ToList();
            if (references.Any(r => r.Document.Id != document.Id))
            {
                continue;
            }

            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            foreach (var reference in references)
            {
                if (root!.FindNode(reference.Location.SourceSpan, getInnermostNodeForTie: true) is IdentifierNameSyntax identifier)
                {
                    uses[identifier] = identifier.WithIdentifier(SyntaxFactory.Identifier(identifier.Identifier.LeadingTrivia, name, identifier.Identifier.TrailingTrivia));
                }
            }

            declarators.Add(declarator, name);
            reserved.Add(name);
        }

        return (declarators, uses);
    }

    /// <summary>The PascalCase name of a field: without <c>s_</c>, <c>m_</c>, <c>t_</c> or <c>_</c>, words joined.</summary>
    public static string For(string fieldName)
    {
        var stripped = fieldName.Length > 2 && fieldName[1] == '_' && fieldName[0] is 's' or 'm' or 't' ? fieldName.Substring(2) : fieldName.TrimStart('_');
        var words = stripped.Split(new[] { '_' }, System.StringSplitOptions.RemoveEmptyEntries);
        var name = string.Concat(words.Select(word => char.ToUpperInvariant(word[0])
            + (word.Any(char.IsLower) ? word.Substring(1) : word.Substring(1).ToLowerInvariant())));
        return SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : fieldName;
    }

    private static bool IsPrivate(FieldDeclarationSyntax field) =>
        field.Modifiers.Any(SyntaxKind.PrivateKeyword) && !field.Modifiers.Any(SyntaxKind.ProtectedKeyword)
        || !field.Modifiers.Any(m => m.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.PrivateKeyword);
}
