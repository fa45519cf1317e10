namespace OpsCentre.Actors;

/// <summary>
/// Base class of an actor that handles messages of type <typeparamref name="TMessage"/>, one at a time.
/// </summary>
/// <remarks>
/// Handlers that finish synchronously return <c>ValueTask.CompletedTask</c> (<c>default</c>); the processing loop
/// sees the completed task and moves on without an await, which is the fast path for synchronous handlers.
/// Lifecycle (the same order as Akka.NET): <see cref="PreStartAsync"/> once the actor is running; on a restart, the
/// failed instance gets <see cref="PreRestartAsync"/> (default: <see cref="PostStopAsync"/>), a fresh instance is
/// created by the factory and gets <see cref="PostRestartAsync"/> (default: <see cref="PreStartAsync"/>);
/// <see cref="PostStopAsync"/> when the actor stops.
/// </remarks>
public abstract class Actor<TMessage>
{
    private ActorContext<TMessage>? context;

    /// <summary>The actor's own reference, clock, cancellation and children. Available from PreStart on.</summary>
    protected ActorContext<TMessage> Context =>
        context ?? throw new InvalidOperationException("The actor context is available once the actor has been spawned.");

    /// <summary>Handles one message. Never called concurrently for one actor.</summary>
    protected internal abstract ValueTask ReceiveAsync(TMessage message);

    protected internal virtual ValueTask PreStartAsync() => ValueTask.CompletedTask;

    protected internal virtual ValueTask PostStopAsync() => ValueTask.CompletedTask;

    /// <summary>Called on the failed instance before it is replaced.</summary>
    /// <param name="reason">The exception that led to the restart.</param>
    /// <param name="message">The message being handled when it failed; <c>default</c> when the failure was
    /// escalated by a child rather than thrown by this actor's handler.</param>
    protected internal virtual ValueTask PreRestartAsync(Exception reason, TMessage? message) => PostStopAsync();

    /// <summary>Called on the fresh instance after a restart.</summary>
    protected internal virtual ValueTask PostRestartAsync(Exception reason) => PreStartAsync();

    internal void AttachTo(ActorContext<TMessage> actorContext) => context = actorContext;
}
