namespace OpsCentre.Assets.Persistence;

/// <summary>
/// Another node claimed the partition since this one did: its checkpoint must not overwrite the new owner's state.
/// The partition stops (and with it this node's consumer), as Kafka would have it after a lost assignment.
/// </summary>
public sealed class PartitionFencedException(int partition, long epoch, long currentEpoch)
    : Exception($"partition {partition} was claimed again (epoch {currentEpoch}) since this node claimed it (epoch {epoch})")
{
    public int Partition { get; } = partition;

    public long Epoch { get; } = epoch;

    public long CurrentEpoch { get; } = currentEpoch;
}
