namespace OdeusAnalyzers.CodeFixes;

/// <summary>What holds the expression being replaced, which decides whether a run-time read can stand there as is.</summary>
internal enum KeyDeclarationKind
{
    /// <summary>Ordinary code, run when reached: the expression is replaced in place.</summary>
    Code,

    /// <summary>A place that only takes a constant (attribute argument, case label, pattern, default value): no fix.</summary>
    ConstantOnly,

    /// <summary>A <c>const</c> field: it becomes a static read-only property.</summary>
    ConstField,

    /// <summary>A <c>const</c> local: it becomes a plain local.</summary>
    ConstLocal,

    /// <summary>A static field or auto-property initializer, which would throw inside the type initializer: it becomes a property read at first use.</summary>
    StaticInitializer,
}
