using Microsoft.CodeAnalysis;

namespace OdeusAnalyzers;

/// <summary>The one place the analyzers ask a compilation for a semantic model.</summary>
internal static class SemanticModels
{
    /// <summary>
    /// A model of <paramref name="tree"/> in <paramref name="compilation"/>. RS1030 warns against this inside an
    /// analyzer because it binds outside the driver's actions; here that is the point: a semantic-model or operation
    /// action makes the driver bind every method body of every file (and run its nullable analysis) on every edit,
    /// while the rules bind only the few nodes a text search pointed at. Within one analysis the driver hands out
    /// the same cached model, so nothing is bound twice.
    /// </summary>
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer: see above.
    public static SemanticModel Of(Compilation compilation, SyntaxTree tree) => compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
}
