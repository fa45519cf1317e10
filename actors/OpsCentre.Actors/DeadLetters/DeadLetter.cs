namespace OpsCentre.Actors.DeadLetters;

/// <summary>A message that was not processed, with the reason (and, for a failed handler, the exception).</summary>
/// <param name="Recipient">Name of the actor it was sent to (for entities: the shard).</param>
/// <param name="EntityKey">The entity it was meant for, when it was sent through an entity host.</param>
/// <param name="Message">The message itself, unwrapped from any routing envelope.</param>
/// <param name="Reason">Why it was not processed.</param>
/// <param name="Exception">The handler's exception when <paramref name="Reason"/> is
/// <see cref="DeadLetterReason.ProcessingFailed"/>.</param>
/// <param name="At">When it was dead-lettered, by the system's clock.</param>
public sealed record DeadLetter(
    string Recipient,
    string? EntityKey,
    object? Message,
    DeadLetterReason Reason,
    Exception? Exception,
    DateTimeOffset At);
