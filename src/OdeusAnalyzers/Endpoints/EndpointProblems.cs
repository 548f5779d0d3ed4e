namespace OdeusAnalyzers;

/// <summary>Why ODEUS005 reports a client, which decides its fix.</summary>
internal static class EndpointProblems
{
    public const string Missing = nameof(Missing);
    public const string Http = nameof(Http);
    public const string OtherHost = nameof(OtherHost);
}
