namespace OpsCentre.Actors;

/// <summary>What an actor knows about itself while it runs. One context survives the actor's restarts.</summary>
public sealed class ActorContext<TMessage>
{
    private readonly ActorCell<TMessage> cell;

    internal ActorContext(ActorCell<TMessage> cell) => this.cell = cell;

    public ActorRef<TMessage> Self => cell.Self;

    public string Name => cell.Name;

    public ActorSystem System => cell.System;

    public TimeProvider TimeProvider => cell.System.TimeProvider;

    /// <summary>
    /// Cancelled when the actor is stopped in <see cref="StopMode.Drop"/> mode (or a drain is cancelled), so that a
    /// handler awaiting I/O can give up. Not cancelled by a draining stop.
    /// </summary>
    public CancellationToken Stopping => cell.Stopping;

    /// <summary>
    /// Spawns a child named <c>{Name}/{childName}</c>. The child stops when this actor stops, and a failure it
    /// escalates makes this actor fail with the same exception.
    /// </summary>
    public ActorRef<TChild> Spawn<TChild>(string childName, ActorProps<TChild> props) =>
        cell.SpawnChild(childName, props);

    /// <summary>Stops this actor once the current message has been handled, dead-lettering what is still queued.</summary>
    public void StopSelf() => cell.RequestStop(StopMode.Drop);
}
