namespace OpsCentre.Actors.Persistence;

/// <summary>One entity's state bound to its key and store. Used only from the entity's shard loop.</summary>
internal sealed class PersistentState<TState>(
    string entityKey, IEntityStateStore<TState> store, Func<string, TState> initialState) : IPersistentState<TState>
{
    private TState value = initialState(entityKey);

    public TState Value
    {
        get => value;
        set
        {
            this.value = value;
            IsDirty = true;
        }
    }

    public bool RecordExists => Version > 0;

    public bool IsDirty { get; private set; }

    public long Version { get; private set; }

    public async ValueTask ReadAsync(CancellationToken cancellationToken = default)
    {
        var stored = await store.ReadAsync(entityKey, cancellationToken).ConfigureAwait(false);
        value = stored is null ? initialState(entityKey) : stored.State;
        Version = stored?.Version ?? 0;
        IsDirty = false;
    }

    public async ValueTask WriteAsync(CancellationToken cancellationToken = default)
    {
        Version = await store.WriteAsync(entityKey, value, Version, cancellationToken).ConfigureAwait(false);
        IsDirty = false;
    }

    public async ValueTask ClearAsync(CancellationToken cancellationToken = default)
    {
        await store.ClearAsync(entityKey, Version, cancellationToken).ConfigureAwait(false);
        value = initialState(entityKey);
        Version = 0;
        IsDirty = false;
    }
}
