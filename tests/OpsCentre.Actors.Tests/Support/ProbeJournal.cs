using System.Collections.Concurrent;

namespace OpsCentre.Actors.Tests.Support;

/// <summary>What probe actors did, shared across their restarts (instances are numbered from 1).</summary>
public sealed class ProbeJournal
{
    private readonly ConcurrentQueue<string> hooks = new();
    private readonly ConcurrentQueue<int> recorded = new();
    private int instances;
    private int inFlight;
    private int maxInFlight;

    public IReadOnlyList<string> Hooks => [.. hooks];

    public IReadOnlyList<int> Recorded => [.. recorded];

    public int MaxConcurrentHandlers => Volatile.Read(ref maxInFlight);

    public int NextInstance() => Interlocked.Increment(ref instances);

    public void Hook(string entry) => hooks.Enqueue(entry);

    public void Record(int value) => recorded.Enqueue(value);

    public void EnterHandler()
    {
        var now = Interlocked.Increment(ref inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
        {
        }
    }

    public void LeaveHandler() => Interlocked.Decrement(ref inFlight);
}
