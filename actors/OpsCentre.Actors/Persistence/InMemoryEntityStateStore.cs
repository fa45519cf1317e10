using System.Collections.Concurrent;

namespace OpsCentre.Actors.Persistence;

/// <summary>
/// Keeps entity state in a dictionary, honouring the version contract of <see cref="IEntityStateStore{TState}"/>.
/// For tests and single-process tools; nothing survives the process.
/// </summary>
public sealed class InMemoryEntityStateStore<TState> : IEntityStateStore<TState>
{
    private readonly ConcurrentDictionary<string, StoredEntityState<TState>> records = new(StringComparer.Ordinal);
    private long writes;

    /// <summary>Successful writes so far (tests use it to check what a flush wrote).</summary>
    public long Writes => Interlocked.Read(ref writes);

    public int Count => records.Count;

    public ValueTask<StoredEntityState<TState>?> ReadAsync(string entityKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityKey);
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<StoredEntityState<TState>?>(records.GetValueOrDefault(entityKey));
    }

    public ValueTask<long> WriteAsync(
        string entityKey, TState state, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityKey);
        cancellationToken.ThrowIfCancellationRequested();
        var written = new StoredEntityState<TState>(state, expectedVersion + 1);
        var stored = expectedVersion == 0
            ? records.TryAdd(entityKey, written)
            : records.TryGetValue(entityKey, out var current)
              && current.Version == expectedVersion
              && records.TryUpdate(entityKey, written, current);
        if (!stored)
        {
            throw Conflict(entityKey, expectedVersion);
        }

        Interlocked.Increment(ref writes);
        return new ValueTask<long>(written.Version);
    }

    public ValueTask ClearAsync(string entityKey, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityKey);
        cancellationToken.ThrowIfCancellationRequested();
        if (expectedVersion == 0)
        {
            return records.ContainsKey(entityKey) ? throw Conflict(entityKey, 0) : ValueTask.CompletedTask;
        }

        if (!records.TryGetValue(entityKey, out var current)
            || current.Version != expectedVersion
            || !records.TryRemove(new KeyValuePair<string, StoredEntityState<TState>>(entityKey, current)))
        {
            throw Conflict(entityKey, expectedVersion);
        }

        return ValueTask.CompletedTask;
    }

    private EntityStateConflictException Conflict(string entityKey, long expectedVersion) =>
        new(entityKey, expectedVersion, records.TryGetValue(entityKey, out var current) ? current.Version : 0);
}
