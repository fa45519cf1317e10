namespace OpsCentre.Actors.Metrics;

/// <summary>
/// Names of the instruments on the <see cref="MeterName"/> meter, for exporters and dashboards. Per-actor
/// instruments carry the tags <c>system</c> and <c>actor</c>; entity instruments carry <c>system</c> and <c>shard</c>.
/// Entities are never a tag: 100,000 assets would be 100,000 series.
/// </summary>
public static class ActorMetricNames
{
    public const string MeterName = "OpsCentre.Actors";

    /// <summary>Gauge: messages waiting in each mailbox.</summary>
    public const string MailboxDepth = "opscentre.actors.mailbox.depth";

    /// <summary>Counter: times a mailbox rose above its soft limit.</summary>
    public const string MailboxPressure = "opscentre.actors.mailbox.pressure";

    /// <summary>Counter: messages taken out of the mailbox and handed to the actor (including ones that failed).</summary>
    public const string MessagesProcessed = "opscentre.actors.messages.processed";

    /// <summary>Gauge: exponentially weighted mean handling time per message, seconds.</summary>
    public const string ProcessingTime = "opscentre.actors.processing.time";

    /// <summary>Counter: restarts decided by supervisors (entity restarts are tagged with their shard).</summary>
    public const string Restarts = "opscentre.actors.restarts";

    /// <summary>Counter: dead letters, tagged with <c>reason</c>.</summary>
    public const string DeadLetters = "opscentre.actors.dead_letters";

    /// <summary>Counter: dead letters lost because the sink threw.</summary>
    public const string DeadLettersLost = "opscentre.actors.dead_letters.lost";

    /// <summary>Gauge: entities active in each shard.</summary>
    public const string EntitiesActive = "opscentre.actors.entities.active";

    /// <summary>Counter: entity activations.</summary>
    public const string EntityActivations = "opscentre.actors.entities.activations";

    /// <summary>Counter: entities passivated after being idle.</summary>
    public const string EntityPassivations = "opscentre.actors.entities.passivations";

    /// <summary>Counter: entities deactivated on demand, on stop or after a failure, tagged with <c>reason</c>.</summary>
    public const string EntityDeactivations = "opscentre.actors.entities.deactivations";
}
