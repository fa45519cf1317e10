using OpsCentre.Actors.Persistence;

namespace OpsCentre.Actors.Tests.Support;

/// <summary>A store whose first <paramref name="failures"/> reads throw, as a database would while unreachable.</summary>
public sealed class FailingReadsStore<TState>(IEntityStateStore<TState> inner, int failures) : IEntityStateStore<TState>
{
    private int failuresLeft = failures;

    public ValueTask<StoredEntityState<TState>?> ReadAsync(string entityKey, CancellationToken cancellationToken) =>
        Interlocked.Decrement(ref failuresLeft) >= 0
            ? throw new TimeoutException("store unreachable")
            : inner.ReadAsync(entityKey, cancellationToken);

    public ValueTask<long> WriteAsync(string entityKey, TState state, long expectedVersion, CancellationToken cancellationToken) =>
        inner.WriteAsync(entityKey, state, expectedVersion, cancellationToken);

    public ValueTask ClearAsync(string entityKey, long expectedVersion, CancellationToken cancellationToken) =>
        inner.ClearAsync(entityKey, expectedVersion, cancellationToken);
}
