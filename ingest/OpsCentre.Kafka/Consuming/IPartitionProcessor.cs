using Confluent.Kafka;

namespace OpsCentre.Kafka.Consuming;

/// <summary>
/// The domain work for one partition number (across every input topic), owned by exactly one node at a time.
/// Records arrive one at a time, in offset order per topic-partition.
/// </summary>
public interface IPartitionProcessor : IAsyncDisposable
{
    /// <summary>
    /// Applies one record. Bad input must be dead-lettered here, not thrown: an exception stops the partition
    /// (the node leaves the group and another one resumes from the last committed offset).
    /// </summary>
    ValueTask ProcessAsync(ConsumeResult<string, byte[]> record, CancellationToken cancellationToken);

    /// <summary>
    /// Starts making the effects of every record processed so far durable. The returned task completes once local
    /// state is written (processing waits for that); its result completes once everything those records produced
    /// is acknowledged by the cluster (processing goes on meanwhile). Only then are the records' offsets committed.
    /// </summary>
    Task<Task> CheckpointAsync(CancellationToken cancellationToken);
}
