namespace OpsCentre.Actors.Entities;

/// <summary>
/// An entity's supervisor escalated its failure: the entity's shard fails with this exception, so the shard's own
/// supervisor (<see cref="EntityHostOptions.ShardSupervisor"/>) decides what happens next.
/// </summary>
public sealed class EntityFailureException(string entityKey, Exception innerException)
    : Exception($"Entity '{entityKey}' failed and its supervisor escalated: {innerException.Message}", innerException)
{
    public string EntityKey { get; } = entityKey;
}
