using System.Collections.Concurrent;

namespace OpsCentre.Actors.DeadLetters;

/// <summary>Keeps every letter in memory, in arrival order. For tests and diagnostics; unbounded.</summary>
public sealed class InMemoryDeadLetterSink : IDeadLetterSink
{
    private readonly ConcurrentQueue<DeadLetter> letters = new();

    public int Count => letters.Count;

    public void Publish(DeadLetter deadLetter) => letters.Enqueue(deadLetter);

    /// <summary>The letters received so far, oldest first.</summary>
    public IReadOnlyList<DeadLetter> Snapshot() => letters.ToArray();
}
