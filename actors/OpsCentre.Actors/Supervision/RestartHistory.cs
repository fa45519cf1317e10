namespace OpsCentre.Actors.Supervision;

/// <summary>
/// Restarts of one actor or entity inside the strategy's sliding window, timed with the injected clock.
/// Used only by the actor's own processing loop, so it needs no synchronisation.
/// </summary>
internal sealed class RestartHistory(SupervisorStrategy strategy, TimeProvider timeProvider)
{
    private readonly Queue<long> restartTimestamps = new();

    /// <summary>Records a restart if the window allows one more; false means the actor must stop instead.</summary>
    public bool TryRecordRestart()
    {
        var now = timeProvider.GetTimestamp();
        while (restartTimestamps.Count > 0
               && timeProvider.GetElapsedTime(restartTimestamps.Peek(), now) >= strategy.WithinTimeSpan)
        {
            restartTimestamps.Dequeue();
        }

        if (restartTimestamps.Count >= strategy.MaxRestarts)
        {
            return false;
        }

        restartTimestamps.Enqueue(now);
        return true;
    }
}
