using OpsCentre.Actors.Persistence;

namespace OpsCentre.Actors.Entities;

/// <summary>
/// A keyed entity (an Orleans grain, an Akka sharded entity): created on its first message, handles its messages
/// one at a time, passivated when idle, deactivated on demand. Its state lives in <see cref="State"/>.
/// </summary>
/// <remarks>
/// Hooks, in order: <see cref="ActivateAsync"/> after the state has been read; <see cref="ReceiveAsync"/> per
/// message; then either <see cref="OnPassivateAsync"/> (idle for the host's idle timeout) or
/// <see cref="OnDeactivateAsync"/> (deactivated on demand, host or shard stopping, or the entity failed).
/// Both end hooks flush dirty state by default, except after a failure.
/// All calls for the entities of one shard run on that shard's loop: a handler that awaits holds up its shard.
/// </remarks>
public abstract class Entity<TState, TMessage>
{
    protected Entity(EntityContext<TState> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Key = context.Key;
        State = context.State;
        TimeProvider = context.TimeProvider;
    }

    public string Key { get; }

    protected IPersistentState<TState> State { get; }

    protected TimeProvider TimeProvider { get; }

    protected internal virtual ValueTask ActivateAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    protected internal abstract ValueTask ReceiveAsync(TMessage message, CancellationToken cancellationToken);

    protected internal virtual ValueTask OnPassivateAsync(CancellationToken cancellationToken) =>
        FlushAsync(cancellationToken);

    protected internal virtual ValueTask OnDeactivateAsync(
        DeactivationReason reason, CancellationToken cancellationToken) =>
        reason == DeactivationReason.Failed ? ValueTask.CompletedTask : FlushAsync(cancellationToken);

    /// <summary>Writes the state if it was assigned since it was last read or written.</summary>
    protected ValueTask FlushAsync(CancellationToken cancellationToken) =>
        State.IsDirty ? State.WriteAsync(cancellationToken) : ValueTask.CompletedTask;
}
