using OpsCentre.Actors.Supervision;

namespace OpsCentre.Actors.Entities;

/// <summary>
/// An active entity as its shard tracks it: the instance, when it was last used, its restarts, and its place in the
/// shard's usage order (intrusive links, so moving it costs no allocation).
/// </summary>
internal sealed class EntitySlot<TState, TMessage>(string key, Entity<TState, TMessage> entity)
{
    public string Key { get; } = key;

    public Entity<TState, TMessage> Entity { get; } = entity;

    /// <summary><see cref="TimeProvider.GetTimestamp"/> of the last message or activation.</summary>
    public long LastUsed { get; set; }

    /// <summary>Created on the first failure only; most entities never fail.</summary>
    public RestartHistory? Restarts { get; set; }

    public EntitySlot<TState, TMessage>? Older { get; set; }

    public EntitySlot<TState, TMessage>? Newer { get; set; }
}
