namespace OdeusAnalyzers;

internal readonly struct KeySpan
{
    public KeySpan(int start, int length)
    {
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;
}
