namespace OpsCentre.Actors.Mailboxes;

/// <summary>
/// A mailbox crossed its soft limit (<see cref="IsAboveSoftLimit"/> true) or drained back below half of it (false).
/// Signals are edges, published on the thread whose tell or take caused the crossing.
/// </summary>
public sealed record MailboxPressure(
    string ActorName,
    bool IsAboveSoftLimit,
    long Depth,
    int SoftLimit,
    int Capacity,
    DateTimeOffset At);
