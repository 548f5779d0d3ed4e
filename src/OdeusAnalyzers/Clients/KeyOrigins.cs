using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OdeusAnalyzers;

/// <summary>
/// Follows a value passed as a key back to the constants it can hold: a literal or constant expression, a <c>const</c>
/// in any file, a local or a private/internal field or property whose only assignments are constants. Anything
/// computed at run time (a parameter, an environment or configuration read) ends the search with no origin.
/// </summary>
internal sealed class KeyOrigins
{
    private const int MaximumDepth = 8;

    private readonly Compilation _compilation;
    private readonly MemberWrites _memberWrites;

    public KeyOrigins(Compilation compilation, MemberWrites memberWrites)
    {
        _compilation = compilation;
        _memberWrites = memberWrites;
    }

    /// <summary>Adds the constants <paramref name="value"/> can hold to <paramref name="origins"/>; false when it can hold a run-time value.</summary>
    public bool TryTrace(IOperation value, List<KeyOrigin> origins, CancellationToken cancellationToken) =>
        TryTrace(value, origins, 0, cancellationToken);

    private bool TryTrace(IOperation value, List<KeyOrigin> origins, int depth, CancellationToken cancellationToken)
    {
        if (depth > MaximumDepth)
        {
            return false;
        }

        value = RoslynOperations.Unwrap(value);
        if (value.ConstantValue.HasValue)
        {
            var symbol = value switch
            {
                IFieldReferenceOperation { Field.IsConst: true } field => (ISymbol)field.Field,
                ILocalReferenceOperation { Local.IsConst: true } local => local.Local,
                _ => null,
            };
            return symbol is null
                ? Add(origins, value.Syntax, value.ConstantValue.Value as string)
                : TryTraceInitializer(symbol, origins, depth, cancellationToken);
        }

        switch (value)
        {
            case ILocalReferenceOperation local:
                return TryTraceLocal(local, origins, depth, cancellationToken);
            case IFieldReferenceOperation { Field: var field } when RoslynOperations.IsPrivateOrInternal(field) && !field.IsVolatile:
                return TryTraceMember(field, origins, depth, cancellationToken);
            case IPropertyReferenceOperation { Property: var property } when RoslynOperations.IsPrivateOrInternal(property) && IsAutoProperty(property):
                return TryTraceMember(property, origins, depth, cancellationToken);
            default:
                return false;
        }
    }

    private static bool Add(List<KeyOrigin> origins, SyntaxNode expression, string? value)
    {
        origins.Add(new KeyOrigin(expression, value));
        return true;
    }

    /// <summary>A <c>const</c>'s initializer, followed through other constants it names, to the expression written with the value.</summary>
    private bool TryTraceInitializer(ISymbol constant, List<KeyOrigin> origins, int depth, CancellationToken cancellationToken)
    {
        if (constant.DeclaringSyntaxReferences.Length == 0
            || constant.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return false;
        }

        if (initializer is IdentifierNameSyntax or MemberAccessExpressionSyntax && Operation(initializer, cancellationToken) is { } named)
        {
            return TryTrace(named, origins, depth + 1, cancellationToken);
        }

        var value = constant switch
        {
            IFieldSymbol field => field.ConstantValue,
            ILocalSymbol local => local.ConstantValue,
            _ => null,
        };
        return Add(origins, initializer, value as string);
    }

    private bool TryTraceLocal(ILocalReferenceOperation reference, List<KeyOrigin> origins, int depth, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.IsRef || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0 } })
        {
            return false;
        }

        var writes = new List<IOperation>();
        foreach (var operation in RoslynOperations.Root(reference).Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
            {
                if (declarator.GetVariableInitializer()?.Value is { } initial)
                {
                    writes.Add(initial);
                }
            }
            else if (operation is ILocalReferenceOperation other && SymbolEqualityComparer.Default.Equals(other.Local, local)
                && !TryAddWrite(other, writes))
            {
                return false;
            }
        }

        return TryTraceAll(writes, origins, depth, cancellationToken);
    }

    private bool TryTraceMember(ISymbol member, List<KeyOrigin> origins, int depth, CancellationToken cancellationToken)
    {
        var writes = _memberWrites.Find(member, cancellationToken);
        return writes is not null && TryTraceAll(writes, origins, depth, cancellationToken);
    }

    private bool TryTraceAll(List<IOperation> writes, List<KeyOrigin> origins, int depth, CancellationToken cancellationToken)
    {
        if (writes.Count == 0)
        {
            return false;
        }

        foreach (var write in writes)
        {
            if (!TryTrace(write, origins, depth + 1, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Adds the value a reference is assigned, if it is the target of a plain assignment; false when the reference can
    /// change the variable in a way that is not a plain assignment (compound assignment, <c>ref</c>, <c>out</c>, a deconstruction).
    /// </summary>
    public static bool TryAddWrite(IOperation reference, List<IOperation> writes)
    {
        var parent = reference.Parent;
        switch (parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                if (assignment.IsRef)
                {
                    return false;
                }

                writes.Add(assignment.Value);
                return true;
            case ICoalesceAssignmentOperation coalesce when coalesce.Target == reference:
                writes.Add(coalesce.Value);
                return true;
            case ICompoundAssignmentOperation or IIncrementOrDecrementOperation or IAddressOfOperation:
            case IArgumentOperation { Parameter.RefKind: not RefKind.None and not RefKind.In }:
            case ITupleOperation or IDeclarationExpressionOperation:
            case IVariableInitializerOperation when parent.Parent is IVariableDeclaratorOperation { Symbol.IsRef: true }:
            case IReturnOperation when reference.Syntax.Parent is RefExpressionSyntax:
                return false;
            default:
                return reference.Syntax.Parent is not RefExpressionSyntax;
        }
    }

    private IOperation? Operation(SyntaxNode node, CancellationToken cancellationToken)
    {
        if (!_compilation.ContainsSyntaxTree(node.SyntaxTree))
        {
            return null;
        }

        // Only the constant's initializer is bound, in whichever file declares it.
        return SemanticModels.Of(_compilation, node.SyntaxTree).GetOperation(node, cancellationToken);
    }

    private static bool IsAutoProperty(IPropertySymbol property) =>
        !property.IsIndexer && property.DeclaringSyntaxReferences.Length == 1
        && property.DeclaringSyntaxReferences[0].GetSyntax() is PropertyDeclarationSyntax declaration && RoslynSyntax.IsAutoProperty(declaration);
}
