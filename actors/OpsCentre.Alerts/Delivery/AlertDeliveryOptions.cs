namespace OpsCentre.Alerts.Delivery;

/// <summary>
/// How hard the outbox tries. Each delivery makes up to 1 + <see cref="ImmediateRetries"/> attempts in quick
/// succession (Polly retry with exponential back-off and jitter, each attempt under <see cref="AttemptTimeout"/>);
/// if all fail, the message waits in the outbox and is tried again later, up to <see cref="MaxDeliveries"/> times.
/// </summary>
public sealed record AlertDeliveryOptions
{
    /// <summary>Quick retries within one delivery. Default 3, range 0..10.</summary>
    public int ImmediateRetries { get; init; } = 3;

    /// <summary>First quick retry delay; doubles each retry. Default 500 ms, range 10 ms..30 s.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>One HTTP attempt's time limit. Default 10 s, range 1 s..2 min.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Deliveries (rounds of quick retries) before the message is marked failed. Default 10, range 1..100.</summary>
    public int MaxDeliveries { get; init; } = 10;

    /// <summary>Wait before the second delivery; doubles each time up to 15 minutes. Default 30 s, range 1 s..1 h.</summary>
    public TimeSpan RedeliveryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a worker holds a message it is delivering; a crashed worker's messages are taken over after
    /// this. Default 2 min, range 10 s..1 h, and longer than one delivery can take.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the outbox is checked when nothing signals new messages. Default 2 s, range 100 ms..1 min.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Messages taken per pass. Default 50, range 1..1,000.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>Deliveries in flight at once. Default 4, range 1..64.</summary>
    public int MaxParallel { get; init; } = 4;

    /// <summary>The longest one delivery (every quick attempt timing out, every back-off at its longest) can take.</summary>
    public TimeSpan LongestDelivery =>
        AttemptTimeout * (ImmediateRetries + 1) + Enumerable.Range(0, ImmediateRetries).Aggregate(TimeSpan.Zero, (sum, i) => sum + FirstRetryDelay * Math.Pow(2, i) * 1.5);

    public void Validate()
    {
        Check(ImmediateRetries, 0, 10, nameof(ImmediateRetries));
        Check(FirstRetryDelay, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(30), nameof(FirstRetryDelay));
        Check(AttemptTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2), nameof(AttemptTimeout));
        Check(MaxDeliveries, 1, 100, nameof(MaxDeliveries));
        Check(RedeliveryDelay, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1), nameof(RedeliveryDelay));
        Check(Lease, TimeSpan.FromSeconds(10), TimeSpan.FromHours(1), nameof(Lease));
        Check(PollInterval, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1), nameof(PollInterval));
        Check(BatchSize, 1, 1_000, nameof(BatchSize));
        Check(MaxParallel, 1, 64, nameof(MaxParallel));
        if (Lease <= LongestDelivery)
        {
            throw new ArgumentException($"{nameof(Lease)} ({Lease}) must be longer than the longest delivery ({LongestDelivery:g}), or a slow delivery could be taken over and sent twice");
        }
    }

    private static void Check(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}");
        }
    }

    private static void Check(TimeSpan value, TimeSpan min, TimeSpan max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}");
        }
    }
}
