using OpsCentre.Actors.Metrics;
using OpsCentre.Actors.Supervision;

namespace OpsCentre.Actors;

/// <summary>The message-type-independent face of an actor, for its parent, its children and the system.</summary>
internal interface IActorCell : IActorMetricsSource
{
    string Name { get; }

    bool IsRoot { get; }

    Task StopAsync(StopMode mode, CancellationToken cancellationToken);

    /// <summary>Hands a child's escalated failure to this actor; false if this actor no longer accepts messages.</summary>
    bool TryEscalateToParent(ChildFailure failure);

    void RemoveChild(IActorCell child);
}
