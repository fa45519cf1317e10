namespace OpsCentre.Actors.Persistence;

/// <summary>A write or clear expected a different stored version: someone else wrote the entity's state.</summary>
public sealed class EntityStateConflictException(string entityKey, long expectedVersion, long actualVersion)
    : Exception($"State of entity '{entityKey}' is at version {actualVersion}, not the expected {expectedVersion}.")
{
    public string EntityKey { get; } = entityKey;

    public long ExpectedVersion { get; } = expectedVersion;

    public long ActualVersion { get; } = actualVersion;
}
