namespace OpsCentre.Kafka.Consuming;

/// <summary>
/// Creates the processor for a partition number this node has just been assigned. Implementations restore the
/// partition's state (from the store or the changelog topic) before returning, so no record is processed against
/// missing state.
/// </summary>
public interface IPartitionProcessorFactory
{
    Task<IPartitionProcessor> CreateAsync(int partition, CancellationToken cancellationToken);

    /// <summary>The partition number was revoked and its processor checkpointed and disposed.</summary>
    void Released(int partition);
}
