namespace OpsCentre.Actors.Benchmarks;

/// <summary>
/// One benchmark round: each of <see cref="Receivers"/> receivers reports once it has seen <see cref="Target"/>
/// messages; <see cref="AllArrived"/> completes when all have. Reset between rounds, while the receivers are idle.
/// </summary>
public sealed class RoundCompletion
{
    private TaskCompletionSource allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int pending;

    public long Target { get; private set; }

    public int Receivers { get; private set; }

    public Task AllArrived => allArrived.Task;

    public void Reset(int receivers, long target)
    {
        Receivers = receivers;
        Target = target;
        pending = receivers;
        allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Arrived()
    {
        if (Interlocked.Decrement(ref pending) == 0)
        {
            allArrived.TrySetResult();
        }
    }
}
