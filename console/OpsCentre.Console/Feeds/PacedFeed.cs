namespace OpsCentre.Console.Feeds;

/// <summary>
/// Plays timestamped batches against a clock: batches already in the past go out at once (a backfill that warms
/// the detectors up), later ones wait until their time, scaled by <paramref name="speedUp"/> relative to the moment
/// the backfill caught up.
/// </summary>
public sealed class PacedFeed(TimeProvider time, double speedUp = 1)
{
    public async Task PlayAsync<T>(IEnumerable<T> batches, Func<T, DateTimeOffset> timeOf, Action<T> send, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(speedUp, 0);
        DateTimeOffset? caughtUpAt = null;
        DateTimeOffset? caughtUpFeedTime = null;
        foreach (var batch in batches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var at = timeOf(batch);
            var now = time.GetUtcNow();
            if (caughtUpAt is null && at > now)
            {
                caughtUpAt = now;
                caughtUpFeedTime = at;
            }

            if (caughtUpAt is { } wallStart && caughtUpFeedTime is { } feedStart)
            {
                var due = wallStart + (at - feedStart) / speedUp;
                var wait = due - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                }
            }

            send(batch);
        }
    }
}
