using OpsCentre.Actors.Persistence;

namespace OpsCentre.Actors.Entities;

/// <summary>What the host gives an entity it creates: its key, its persisted state (already read) and the clock.</summary>
public sealed class EntityContext<TState>
{
    internal EntityContext(string key, IPersistentState<TState> state, TimeProvider timeProvider)
    {
        Key = key;
        State = state;
        TimeProvider = timeProvider;
    }

    public string Key { get; }

    public IPersistentState<TState> State { get; }

    public TimeProvider TimeProvider { get; }
}
