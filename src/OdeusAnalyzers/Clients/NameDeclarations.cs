using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OdeusAnalyzers;

/// <summary>
/// What the compilation declares under a name, read from its declaration table (no method body is bound): whether
/// any declaration can hold a constant that the key tracing follows (a <c>const</c>, a private or internal field, a
/// private or internal auto-property), and in which files. Once per name and compilation.
/// </summary>
internal sealed class NameDeclarations
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, Holder[]?> _byName = new(System.StringComparer.Ordinal);

    public NameDeclarations(Compilation compilation) => _compilation = compilation;

    /// <summary>
    /// Whether <paramref name="name"/>, read in <paramref name="tree"/>, may hold a constant: some declaration can,
    /// and is visible there (a private one only in its type's files). A name no source file declares belongs to a
    /// referenced assembly (an enum member, an SDK property): a key kept there is not this code's to fix, and is
    /// not followed.
    /// </summary>
    public bool MayHoldConstant(string name, SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (Holders(name, cancellationToken) is not { } holders)
        {
            return false;
        }

        foreach (var holder in holders)
        {
            if (!holder.IsPrivate || holder.Trees.Contains(tree))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The declarations that may hold a constant; null when no source file declares one.</summary>
    public Holder[]? Holders(string name, CancellationToken cancellationToken)
    {
        if (_byName.TryGetValue(name, out var known))
        {
            return known;
        }

        var started = CensusStatistics.Start();
        Interlocked.Increment(ref CensusStatistics.DeclarationLookups);
        var holders = Read(name, cancellationToken);
        CensusStatistics.Stop(ref CensusStatistics.DeclarationTicks, started);
        return _byName.GetOrAdd(name, holders);
    }

    private Holder[]? Read(string name, CancellationToken cancellationToken)
    {
        var holders = new List<Holder>();
        foreach (var symbol in _compilation.GetSymbolsWithName(name, SymbolFilter.Member, cancellationToken))
        {
            var isConst = symbol is IFieldSymbol { IsConst: true };
            var followed = symbol switch
            {
                IFieldSymbol field => !field.IsVolatile && IsPrivateOrInternal(field),
                IPropertySymbol property => IsPrivateOrInternal(property) && IsAutoProperty(property),
                _ => false,
            };
            if (isConst || followed)
            {
                var declarations = symbol.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax(cancellationToken)).ToList();
                var trees = (symbol.ContainingType?.DeclaringSyntaxReferences.Select(r => r.SyntaxTree) ?? Enumerable.Empty<SyntaxTree>())
                    .Concat(declarations.Select(d => d.SyntaxTree))
                    .Distinct()
                    .ToArray();
                holders.Add(new Holder(
                    isConst,
                    !isConst && symbol.DeclaredAccessibility is Accessibility.Private,
                    !isConst && symbol.DeclaredAccessibility is not Accessibility.Private,
                    trees,
                    declarations.Select(Initializer).OfType<ExpressionSyntax>().ToArray()));
            }
        }

        return holders.Count == 0 ? null : holders.ToArray();
    }

    private static bool IsPrivateOrInternal(ISymbol member) =>
        member.DeclaredAccessibility is Accessibility.Private or Accessibility.Internal or Accessibility.ProtectedAndInternal;

    private static bool IsAutoProperty(IPropertySymbol property) =>
        !property.IsIndexer
        && property.DeclaringSyntaxReferences.Length == 1
        && property.DeclaringSyntaxReferences[0].GetSyntax() is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors }
        && accessors.Accessors.All(accessor => accessor.Body is null && accessor.ExpressionBody is null);

    private static ExpressionSyntax? Initializer(SyntaxNode declaration) => declaration switch
    {
        VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
        PropertyDeclarationSyntax property => property.Initializer?.Value,
        _ => null,
    };

    /// <summary>One declaration that may hold a constant.</summary>
    internal sealed class Holder
    {
        public Holder(bool isConst, bool isPrivate, bool isWritableElsewhere, SyntaxTree[] trees, ExpressionSyntax[] initializers)
        {
            IsConst = isConst;
            IsPrivate = isPrivate;
            IsWritableElsewhere = isWritableElsewhere;
            Trees = trees;
            Initializers = initializers;
        }

        public bool IsConst { get; }

        /// <summary>A private member: read, and written, only in its type's files.</summary>
        public bool IsPrivate { get; }

        /// <summary>An internal field or property, which any file of the compilation may assign.</summary>
        public bool IsWritableElsewhere { get; }

        /// <summary>The files of its declaration and of its type.</summary>
        public SyntaxTree[] Trees { get; }

        /// <summary>The values it is declared with.</summary>
        public ExpressionSyntax[] Initializers { get; }
    }
}
