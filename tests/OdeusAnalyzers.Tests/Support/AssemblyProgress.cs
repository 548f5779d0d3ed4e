[assembly: TestFramework("OdeusAnalyzers.Tests.ProgressReportingFramework", "OdeusAnalyzers.Tests")]
