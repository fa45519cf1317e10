namespace OpsCentre.Actors.Persistence;

/// <summary>
/// Durable state of keyed entities, one record per entity key.
/// </summary>
/// <remarks>
/// Contract every implementation (in-memory, SQLite, PostgreSQL) must keep:
/// <list type="bullet">
/// <item>Versions are optimistic-concurrency tokens. No record means version 0; the first write creates version 1
/// and each write increments it.</item>
/// <item><see cref="WriteAsync"/> and <see cref="ClearAsync"/> succeed only if the stored version equals
/// <c>expectedVersion</c>; otherwise they change nothing and throw <see cref="EntityStateConflictException"/>.
/// This fences off a node that lost a Kafka partition but still holds the partition's entities.</item>
/// <item>Clearing a missing record with expected version 0 is a no-op.</item>
/// <item>A completed write is durable: offsets are committed only after the state they cover is written.</item>
/// </list>
/// </remarks>
public interface IEntityStateStore<TState>
{
    /// <summary>The entity's stored state, or <c>null</c> if it has none.</summary>
    ValueTask<StoredEntityState<TState>?> ReadAsync(string entityKey, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="state"/> if the stored version is <paramref name="expectedVersion"/>.</summary>
    /// <returns>The new version.</returns>
    ValueTask<long> WriteAsync(string entityKey, TState state, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes the record if the stored version is <paramref name="expectedVersion"/>.</summary>
    ValueTask ClearAsync(string entityKey, long expectedVersion, CancellationToken cancellationToken);
}
