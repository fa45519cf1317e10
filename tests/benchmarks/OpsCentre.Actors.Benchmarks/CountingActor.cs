namespace OpsCentre.Actors.Benchmarks;

/// <summary>The trivial handler of the throughput benchmark: counts, and says when a round's messages are in.</summary>
public sealed class CountingActor(RoundCompletion round) : Actor<long>
{
    private long counted;

    protected override ValueTask ReceiveAsync(long message)
    {
        if (++counted == round.Target)
        {
            counted = 0;
            round.Arrived();
        }

        return ValueTask.CompletedTask;
    }
}
