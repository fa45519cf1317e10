using OpsCentre.Actors.Persistence;

namespace OpsCentre.Actors.Entities;

/// <summary>
/// One kind of entity (e.g. "assets"): how to create an instance, its state before anything was stored, and where
/// its state is stored.
/// </summary>
/// <param name="Name">Names the shards (<c>{Name}/shard-{n}</c>) in actor names, metrics and dead letters.</param>
/// <param name="Create">Creates an entity around a context whose state has been read.</param>
/// <param name="InitialState">The state of an entity the store knows nothing about.</param>
/// <param name="Store">Durable state of all entities of this kind.</param>
public sealed record EntityKind<TState, TMessage>(
    string Name,
    Func<EntityContext<TState>, Entity<TState, TMessage>> Create,
    Func<string, TState> InitialState,
    IEntityStateStore<TState> Store)
{
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("An entity kind needs a non-blank name without '/'.", nameof(Name));
        }

        ArgumentNullException.ThrowIfNull(Create);
        ArgumentNullException.ThrowIfNull(InitialState);
        ArgumentNullException.ThrowIfNull(Store);
    }
}
