using System.Threading.Channels;
using OpsCentre.Actors.Supervision;

namespace OpsCentre.Actors.Mailboxes;

/// <summary>
/// A bounded, multi-producer, single-consumer mailbox.
/// </summary>
/// <remarks>
/// Messages are stored in an unbounded single-reader <see cref="Channel{T}"/>, which provides the lock-free read side
/// and the consumer's async wake-up. The bound is enforced here by reserving slots on a counter before writing,
/// instead of by a bounded channel, because:
/// a batch of messages reserves its slots with one atomic operation (and is written as one entry), and the consumer
/// frees a whole batch with one; child failures must get in even when the mailbox is full; and in a prototype on the
/// 2-core reference machine (one sender, one reader) a bounded channel moved 12-15 M msg/s against 15-23 M for an
/// unbounded one with a reservation counter.
/// The consumer frees slots when it takes messages out, not when it has processed them, so <see cref="Depth"/> is
/// the number of messages waiting.
/// </remarks>
internal sealed class Mailbox<TMessage>
{
    private readonly Channel<MailboxEntry<TMessage>> channel;
    private readonly FreeSpaceSignal freeSpace = new();
    private readonly Lock pressureGate = new();
    private readonly Action<bool, long> onPressureChanged;
    private readonly int capacity;
    private readonly int softLimit;
    private readonly int pressureClearsAt;
    private long depth;
    private int aboveSoftLimit;
    private volatile bool closed;

    /// <param name="options">Validated mailbox options.</param>
    /// <param name="onPressureChanged">
    /// Told (true, depth) when the soft limit is crossed and (false, depth) when the mailbox has drained to half of
    /// it. Called under a lock so raise and clear are published in order; it must be quick.
    /// </param>
    public Mailbox(MailboxOptions options, Action<bool, long> onPressureChanged)
    {
        capacity = options.Capacity;
        softLimit = options.EffectiveSoftLimit;
        pressureClearsAt = softLimit / 2;
        this.onPressureChanged = onPressureChanged;
        channel = Channel.CreateUnbounded<MailboxEntry<TMessage>>(
            new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });
    }

    public long Depth => Volatile.Read(ref depth);

    public bool IsAboveSoftLimit => Volatile.Read(ref aboveSoftLimit) == 1;

    public bool IsClosed => closed;

    public int Capacity => capacity;

    public int SoftLimit => softLimit;

    public TellResult TryEnqueue(TMessage message)
    {
        if (closed)
        {
            return TellResult.RecipientStopped;
        }

        if (TryReserve(1) == 0)
        {
            return closed ? TellResult.RecipientStopped : TellResult.MailboxFull;
        }

        if (channel.Writer.TryWrite(MailboxEntry<TMessage>.Single(message)))
        {
            return TellResult.Accepted;
        }

        Free(1);
        return TellResult.RecipientStopped;
    }

    /// <summary>
    /// Enqueues as many of <paramref name="messages"/> as fit, in order, as one run: their slots are reserved with
    /// one atomic operation and written with one channel write.
    /// </summary>
    /// <returns>How many were accepted; <paramref name="stopped"/> tells whether the rest failed because the
    /// mailbox closed rather than because it was full.</returns>
    public int TryEnqueueMany(ReadOnlySpan<TMessage> messages, out bool stopped)
    {
        stopped = closed;
        if (stopped || messages.IsEmpty)
        {
            return 0;
        }

        var reserved = TryReserve(messages.Length);
        if (reserved == 0)
        {
            stopped = closed;
            return 0;
        }

        var entry = reserved == 1
            ? MailboxEntry<TMessage>.Single(messages[0])
            : MailboxEntry<TMessage>.RunOf(messages[..reserved]);
        if (!channel.Writer.TryWrite(entry))
        {
            entry.Run?.Release();
            Free(reserved);
            stopped = true;
            return 0;
        }

        stopped = reserved < messages.Length && closed;
        return reserved;
    }

    /// <summary>Enqueues, suspending while the mailbox is full.</summary>
    public async ValueTask<TellResult> EnqueueAsync(TMessage message, CancellationToken cancellationToken)
    {
        while (true)
        {
            var freed = freeSpace.Register();
            var result = TryEnqueue(message);
            if (result != TellResult.MailboxFull)
            {
                return result;
            }

            await freed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits for free slots (or for the mailbox to close). Returns immediately if there is room now.
    /// </summary>
    public async ValueTask WaitForSpaceAsync(CancellationToken cancellationToken)
    {
        while (!closed && Volatile.Read(ref depth) >= capacity)
        {
            var freed = freeSpace.Register();
            if (closed || Interlocked.Read(ref depth) < capacity)
            {
                return;
            }

            await freed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Queues a child's escalated failure; it bypasses the bound. False once the mailbox is closed.</summary>
    public bool TryEnqueueChildFailure(ChildFailure failure) =>
        channel.Writer.TryWrite(MailboxEntry<TMessage>.Failure(failure));

    /// <summary>
    /// Consumer side: moves waiting entries into <paramref name="batch"/> until it is full or holds at least
    /// <c>batch.Length</c> messages, and frees their slots.
    /// </summary>
    /// <returns>The number of entries taken.</returns>
    public int TakeBatch(MailboxEntry<TMessage>[] batch)
    {
        var reader = channel.Reader;
        var taken = 0;
        var messages = 0;
        while (taken < batch.Length && messages < batch.Length && reader.TryRead(out var entry))
        {
            batch[taken++] = entry;
            messages += entry.MessageCount;
        }

        if (messages > 0)
        {
            Free(messages);
        }

        return taken;
    }

    /// <summary>Consumer side: completes true when entries are waiting, false once closed and empty.</summary>
    public ValueTask<bool> WaitToReadAsync() => channel.Reader.WaitToReadAsync();

    /// <summary>Refuses further messages and wakes suspended senders, which then see the actor stopped.</summary>
    public void Close()
    {
        closed = true;
        channel.Writer.TryComplete();
        freeSpace.NotifyFreed();
    }

    private int TryReserve(int wanted)
    {
        var current = Volatile.Read(ref depth);
        while (true)
        {
            if (current >= capacity)
            {
                return 0;
            }

            var granted = (int)Math.Min(wanted, capacity - current);
            var seen = Interlocked.CompareExchange(ref depth, current + granted, current);
            if (seen == current)
            {
                if (current + granted > softLimit && Volatile.Read(ref aboveSoftLimit) == 0)
                {
                    RaisePressure();
                }

                return granted;
            }

            current = seen;
        }
    }

    private void Free(int slots)
    {
        var remaining = Interlocked.Add(ref depth, -slots);
        freeSpace.NotifyFreed();
        if (remaining <= pressureClearsAt && Volatile.Read(ref aboveSoftLimit) == 1)
        {
            ClearPressure();
        }
    }

    // Raise and clear re-read the depth under one lock, so the published edges alternate and each reports the
    // depth that justified it, even when producers and the consumer race across the thresholds.
    private void RaisePressure()
    {
        lock (pressureGate)
        {
            var now = Volatile.Read(ref depth);
            if (aboveSoftLimit == 1 || now <= softLimit)
            {
                return;
            }

            Volatile.Write(ref aboveSoftLimit, 1);
            onPressureChanged(true, now);
        }
    }

    private void ClearPressure()
    {
        lock (pressureGate)
        {
            var now = Volatile.Read(ref depth);
            if (aboveSoftLimit == 0 || now > pressureClearsAt)
            {
                return;
            }

            Volatile.Write(ref aboveSoftLimit, 0);
            onPressureChanged(false, now);
        }
    }
}
