namespace OpsCentre.Alerts.Acknowledgement;

/// <summary>
/// How long a partner has to acknowledge an alert before the incident escalates, per incident priority (index 0 =
/// priority 1), counted from when the alert was raised.
/// </summary>
public sealed record AcknowledgementOptions
{
    /// <summary>Default 2 min, 5 min, 15 min, 1 h, 4 h; each 10 s..1 day.</summary>
    public IReadOnlyList<TimeSpan> AcknowledgeWithin { get; init; } =
        [TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(4)];

    /// <summary>How often unacknowledged alerts are checked. Default 10 s, range 1 s..5 min.</summary>
    public TimeSpan CheckEvery { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Deadline(int priority) => AcknowledgeWithin[Math.Clamp(priority, 1, 5) - 1];

    public void Validate()
    {
        if (AcknowledgeWithin is not { Count: 5 })
        {
            throw new ArgumentException($"{nameof(AcknowledgeWithin)} needs exactly 5 values, one per priority 1..5", nameof(AcknowledgeWithin));
        }

        for (var i = 0; i < 5; i++)
        {
            if (AcknowledgeWithin[i] < TimeSpan.FromSeconds(10) || AcknowledgeWithin[i] > TimeSpan.FromDays(1))
            {
                throw new ArgumentOutOfRangeException(nameof(AcknowledgeWithin), AcknowledgeWithin[i], $"{nameof(AcknowledgeWithin)} for priority {i + 1} must be between 10 s and 1 day");
            }
        }

        if (CheckEvery < TimeSpan.FromSeconds(1) || CheckEvery > TimeSpan.FromMinutes(5))
        {
            throw new ArgumentOutOfRangeException(nameof(CheckEvery), CheckEvery, $"{nameof(CheckEvery)} must be between 1 s and 5 min");
        }
    }
}
