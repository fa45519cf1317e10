using System.Collections.Concurrent;
using OpsCentre.Kafka.Consuming;

namespace OpsCentre.Kafka.Tests.Consuming;

internal sealed class RecordingProcessorFactory(string? poison = null) : IPartitionProcessorFactory
{
    public ConcurrentBag<string> Processed { get; } = [];

    public ConcurrentBag<string> Durable { get; } = [];

    public ConcurrentBag<int> Created { get; } = [];

    public ConcurrentBag<int> ReleasedPartitions { get; } = [];

    public Task<IPartitionProcessor> CreateAsync(int partition, CancellationToken cancellationToken)
    {
        Created.Add(partition);
        return Task.FromResult<IPartitionProcessor>(new RecordingProcessor(partition, Processed, Durable, poison));
    }

    public void Released(int partition) => ReleasedPartitions.Add(partition);
}
