namespace OpsCentre.Actors.Entities;

/// <summary>The shard's own protocol, beside the entity messages it routes. Replies travel in the message.</summary>
internal abstract record ShardControl
{
    /// <summary>Passivate the entities idle for longer than the idle timeout (sent by the host's timer).</summary>
    public sealed record PassivateIdle : ShardControl
    {
        public static PassivateIdle Instance { get; } = new();
    }

    /// <summary>Deactivate every entity of the shard, flushing state, after the messages queued before this one.</summary>
    public sealed record DeactivateEntities(DeactivationReason Reason, TaskCompletionSource<DeactivationReport> Done)
        : ShardControl;

    /// <summary>Report the keys of the active entities (after the messages queued before this one).</summary>
    public sealed record ListActiveEntities(TaskCompletionSource<IReadOnlyList<string>> Reply) : ShardControl;
}
