namespace OpsCentre.Actors.Mailboxes;

/// <summary>Bounds and fairness of one actor's mailbox.</summary>
public sealed record MailboxOptions
{
    /// <summary>Largest accepted value of <see cref="Capacity"/>.</summary>
    public const int MaxCapacity = 1 << 24;

    /// <summary>
    /// Hard limit: the most messages that may wait in the mailbox. A waiting tell (<c>TellAsync</c>) suspends the
    /// sender while the mailbox is this full; a non-waiting tell fails and applies <see cref="OverflowPolicy"/>.
    /// Default 1024; valid 1 to <see cref="MaxCapacity"/>.
    /// </summary>
    public int Capacity { get; init; } = 1024;

    /// <summary>
    /// Soft limit: when more messages than this are waiting, the mailbox signals pressure
    /// (<c>ActorSystem.MailboxPressure</c> and the <c>opscentre.actors.mailbox.pressure</c> counter); the signal clears
    /// once the mailbox has drained to half of it, so a mailbox hovering at the limit does not flap.
    /// Default <c>null</c>, meaning three quarters of <see cref="Capacity"/>; valid 1 to <see cref="Capacity"/>.
    /// </summary>
    public int? SoftLimit { get; init; }

    /// <summary>What a non-waiting tell does when the mailbox is at <see cref="Capacity"/>. Default dead-letter.</summary>
    public MailboxOverflowPolicy OverflowPolicy { get; init; } = MailboxOverflowPolicy.DeadLetter;

    /// <summary>
    /// Messages the actor processes before it hands its thread back to the pool, so a busy actor cannot starve the
    /// others sharing the thread pool. Default 512; valid 1 to 1,000,000.
    /// </summary>
    public int Throughput { get; init; } = 512;

    /// <summary>The soft limit in effect (the explicit one, or three quarters of the capacity).</summary>
    public int EffectiveSoftLimit => SoftLimit ?? Math.Max(1, Capacity / 4 * 3);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of its range.</summary>
    public void Validate()
    {
        if (Capacity is < 1 or > MaxCapacity)
        {
            throw new ArgumentOutOfRangeException(
                nameof(Capacity), Capacity, $"Mailbox capacity must be between 1 and {MaxCapacity}.");
        }

        if (SoftLimit is { } soft && (soft < 1 || soft > Capacity))
        {
            throw new ArgumentOutOfRangeException(
                nameof(SoftLimit), soft, $"Mailbox soft limit must be between 1 and the capacity ({Capacity}).");
        }

        if (!Enum.IsDefined(OverflowPolicy))
        {
            throw new ArgumentOutOfRangeException(nameof(OverflowPolicy), OverflowPolicy, "Unknown overflow policy.");
        }

        if (Throughput is < 1 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(
                nameof(Throughput), Throughput, "Mailbox throughput must be between 1 and 1,000,000 messages.");
        }
    }
}
