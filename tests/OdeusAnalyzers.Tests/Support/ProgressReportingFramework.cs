using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace OdeusAnalyzers.Tests;

/// <summary>
/// xunit's own framework, which also says when each test class is done (how many tests, how long), so that a long
/// `dotnet test` shows where it is. Chosen for the assembly by its <c>TestFramework</c> attribute.
/// </summary>
public sealed class ProgressReportingFramework : XunitTestFramework
{
    public ProgressReportingFramework(IMessageSink messageSink)
        : base(messageSink) => Progress.Attach(messageSink);

    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor : XunitTestFrameworkExecutor
    {
        public Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformationProvider, IMessageSink diagnosticMessageSink)
            : base(assemblyName, sourceInformationProvider, diagnosticMessageSink)
        {
        }

        protected override void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions) =>
            base.RunTestCases(testCases, new ClassProgress(executionMessageSink), executionOptions);
    }

    private sealed class ClassProgress : LongLivedMarshalByRefObject, IMessageSink
    {
        private readonly IMessageSink _inner;

        public ClassProgress(IMessageSink inner) => _inner = inner;

        public bool OnMessage(IMessageSinkMessage message)
        {
            if (message is ITestClassFinished finished)
            {
                var failed = finished.TestsFailed > 0 ? $", {finished.TestsFailed} failed" : string.Empty;
                Progress.Say($"{finished.TestClass.Class.Name.Split('.').Last()}: {finished.TestsRun} tests{failed}, {finished.ExecutionTime:F1} s");
            }

            return _inner.OnMessage(message);
        }
    }
}
