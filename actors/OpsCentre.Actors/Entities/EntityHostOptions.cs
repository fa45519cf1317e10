using OpsCentre.Actors.Mailboxes;
using OpsCentre.Actors.Supervision;

namespace OpsCentre.Actors.Entities;

/// <summary>How an <see cref="EntityHost{TState,TMessage}"/> shards, passivates and supervises its entities.</summary>
public sealed record EntityHostOptions
{
    /// <summary>
    /// Shards, each one actor processing its entities' messages in order. Match the Kafka partitions the node owns
    /// (and set <see cref="ShardSelector"/> to the partitioner) so a revoked partition is one shard to deactivate.
    /// Default 4; valid 1 to 4096.
    /// </summary>
    public int ShardCount { get; init; } = 4;

    /// <summary>An entity that received no message for this long is passivated. Default 15 minutes; valid 1 ms to 7 days.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How often each shard looks for idle entities; an entity is passivated between <see cref="IdleTimeout"/> and
    /// <see cref="IdleTimeout"/> plus this after its last message. Default 1 minute; valid 1 ms to <see cref="IdleTimeout"/>.
    /// </summary>
    public TimeSpan PassivationScanInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Mailbox of each shard; default capacity 8192 messages, the rest as <see cref="MailboxOptions"/>.</summary>
    public MailboxOptions ShardMailbox { get; init; } = new() { Capacity = 8192 };

    /// <summary>Failures of one entity's handler; default <see cref="SupervisorStrategy.Default"/> (restart, 10 a minute).
    /// Stop and exhausted restarts deactivate the entity and dead-letter its later messages until its shard is
    /// deactivated; Escalate makes the shard fail with an <see cref="EntityFailureException"/>.</summary>
    public SupervisorStrategy EntitySupervisor { get; init; } = SupervisorStrategy.Default;

    /// <summary>
    /// Failures of a shard (in practice: escalations from its entities). Default: escalate everything, which stops
    /// the shard (its other entities are flushed) and reports on <c>ActorSystem.UnhandledFailures</c>, so the node can
    /// give the partition up instead of silently skipping its data.
    /// </summary>
    public SupervisorStrategy ShardSupervisor { get; init; } = SupervisorStrategy.Default with { Otherwise = Directive.Escalate };

    /// <summary>
    /// Maps an entity key to its shard, 0 to <see cref="ShardCount"/> - 1. Default <c>null</c>: a stable FNV-1a hash
    /// of the key modulo the shard count (the same in every process, unlike <c>string.GetHashCode</c>).
    /// </summary>
    public Func<string, int>? ShardSelector { get; init; }

    public void Validate()
    {
        if (ShardCount is < 1 or > 4096)
        {
            throw new ArgumentOutOfRangeException(nameof(ShardCount), ShardCount, "Shard count must be between 1 and 4096.");
        }

        if (IdleTimeout < TimeSpan.FromMilliseconds(1) || IdleTimeout > TimeSpan.FromDays(7))
        {
            throw new ArgumentOutOfRangeException(
                nameof(IdleTimeout), IdleTimeout, "Idle timeout must be between 1 ms and 7 days.");
        }

        if (PassivationScanInterval < TimeSpan.FromMilliseconds(1) || PassivationScanInterval > IdleTimeout)
        {
            throw new ArgumentOutOfRangeException(
                nameof(PassivationScanInterval),
                PassivationScanInterval,
                $"Passivation scan interval must be between 1 ms and the idle timeout ({IdleTimeout}).");
        }

        ArgumentNullException.ThrowIfNull(ShardMailbox);
        ArgumentNullException.ThrowIfNull(EntitySupervisor);
        ArgumentNullException.ThrowIfNull(ShardSupervisor);
        ShardMailbox.Validate();
        EntitySupervisor.Validate();
        ShardSupervisor.Validate();
    }
}
