namespace OpsCentre.Actors.Metrics;

/// <summary>
/// Per-actor counters written by the actor's own loop and read by metric collection on another thread.
/// </summary>
/// <remarks>
/// Handling time is measured per batch taken from the mailbox (at most 32 messages), not per message: two clock
/// reads per message would cost more than a trivial handler, and what operators need from the figure (is this actor
/// getting slower?) survives the averaging. Under light load a batch is one message, so the figure is exact there.
/// </remarks>
internal sealed class ProcessingStatistics
{
    /// <summary>Weight of the newest batch in the moving average: about the last ten batches dominate.</summary>
    private const double Smoothing = 0.2;

    private long processed;
    private double meanSecondsPerMessage;

    public long Processed => Volatile.Read(ref processed);

    public double MeanSecondsPerMessage => Volatile.Read(ref meanSecondsPerMessage);

    /// <summary>Single writer: the actor's loop.</summary>
    public void RecordBatch(int messages, TimeSpan elapsed)
    {
        if (messages <= 0)
        {
            return;
        }

        Volatile.Write(ref processed, processed + messages);
        var perMessage = elapsed.TotalSeconds / messages;
        var mean = meanSecondsPerMessage == 0 ? perMessage : meanSecondsPerMessage + (Smoothing * (perMessage - meanSecondsPerMessage));
        Volatile.Write(ref meanSecondsPerMessage, mean);
    }
}
