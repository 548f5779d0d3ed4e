[assembly: TestFramework("OdeusAnalyzers.Tests.ProgressReportingFramework", "OdeusAnalyzers.IntegrationTests")]
