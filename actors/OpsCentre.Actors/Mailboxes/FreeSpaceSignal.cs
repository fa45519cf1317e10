namespace OpsCentre.Actors.Mailboxes;

/// <summary>
/// Wakes senders suspended on a full mailbox. All waiters share one completion and all are woken whenever the
/// consumer frees slots; each then retries its reservation, and the losers register again. Broadcast keeps the
/// protocol free of lost wake-ups: a waiter that gives up (cancelled, or succeeded on its re-check) owns nothing.
/// </summary>
internal sealed class FreeSpaceSignal
{
    private readonly Lock gate = new();
    private TaskCompletionSource? pending;
    private int hasWaiters;

    /// <summary>
    /// Registers interest before the caller re-checks for space. The interlocked write pairs with the interlocked
    /// decrement in the consumer: either the caller's re-check sees the freed slot, or the consumer sees the flag.
    /// </summary>
    public Task Register()
    {
        lock (gate)
        {
            pending ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Interlocked.Exchange(ref hasWaiters, 1);
            return pending.Task;
        }
    }

    /// <summary>Called by the consumer after freeing slots; costs one volatile read when nobody waits.</summary>
    public void NotifyFreed()
    {
        if (Volatile.Read(ref hasWaiters) == 0)
        {
            return;
        }

        TaskCompletionSource? toWake;
        lock (gate)
        {
            toWake = pending;
            pending = null;
            hasWaiters = 0;
        }

        toWake?.TrySetResult();
    }
}
