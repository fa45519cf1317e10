namespace OpsCentre.Actors.Persistence;

/// <summary>An entity's persisted state and its version (1 after the first write, +1 per write).</summary>
public sealed record StoredEntityState<TState>(TState State, long Version);
