namespace OpsCentre.Actors.Supervision;

/// <summary>
/// A failure no supervisor handled: an escalation that reached the root of the actor tree, or an exception from a
/// lifecycle hook that has no supervisor to go to (PostStop, PreRestart, an entity's passivation or deactivation).
/// </summary>
/// <param name="ActorName">The actor that failed (for entities: its shard).</param>
/// <param name="EntityKey">The entity that failed, when the failure came from an entity.</param>
/// <param name="Exception">The original exception.</param>
/// <param name="Kind">Where the failure came from.</param>
/// <param name="At">When it was reported, by the system's clock.</param>
public sealed record ActorFailure(
    string ActorName,
    string? EntityKey,
    Exception Exception,
    ActorFailureKind Kind,
    DateTimeOffset At);
