namespace OpsCentre.Alerts.Alerting;

/// <summary>
/// Wakes the delivery worker as soon as planning puts a message in the outbox, instead of at its next poll; the poll
/// still finds anything written by another node or left over from before a restart.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _written = new(0, 1);

    public void Written()
    {
        if (_written.CurrentCount == 0)
        {
            try
            {
                _written.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another writer signalled at the same moment; one wake-up is enough.
            }
        }
    }

    /// <summary>Completes when something was written or <paramref name="timeout"/> passes on <paramref name="time"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var written = _written.WaitAsync(linked.Token);
        var elapsed = Task.Delay(timeout, time, linked.Token);
        await Task.WhenAny(written, elapsed).ConfigureAwait(false);
        await linked.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
