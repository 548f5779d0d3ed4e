using System.Threading;

namespace OdeusAnalyzers;

/// <summary>
/// What has been found out about a few names in one file, kept with the file: a short list read without a lock and
/// extended by swapping its head. Files are asked about a handful of names each, so a list beats a dictionary, and
/// no lock is taken on the path every file of every compilation goes through.
/// </summary>
/// <typeparam name="T">The answer for a name.</typeparam>
internal sealed class NamedAnswers<T>
{
    private Entry? _head;

    public bool TryGet(string name, out T answer)
    {
        for (var entry = Volatile.Read(ref _head); entry is not null; entry = entry.Next)
        {
            if (string.Equals(entry.Name, name, System.StringComparison.Ordinal))
            {
                answer = entry.Answer;
                return true;
            }
        }

        answer = default!;
        return false;
    }

    /// <summary>Records an answer; two threads that raced to the same name found the same thing, so either may win.</summary>
    public T Add(string name, T answer)
    {
        while (true)
        {
            var head = Volatile.Read(ref _head);
            if (Interlocked.CompareExchange(ref _head, new Entry(name, answer, head), head) == head)
            {
                return answer;
            }
        }
    }

    private sealed class Entry
    {
        public readonly string Name;
        public readonly T Answer;
        public readonly Entry? Next;

        public Entry(string name, T answer, Entry? next) => (Name, Answer, Next) = (name, answer, next);
    }
}
