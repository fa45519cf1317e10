using Confluent.Kafka;
using OpsCentre.Kafka.Consuming;

namespace OpsCentre.Assets.Benchmarks;

/// <summary>Drives partition processors the way the consumer's partition tasks do, one loop per partition.</summary>
internal static class Feeding
{
    /// <summary>Feeds each partition its records in order, checkpointing every <paramref name="checkpointEvery"/>
    /// (as the consumer does), and waits until the last checkpoint is written and acknowledged.</summary>
    public static Task FeedAsync(IReadOnlyList<IPartitionProcessor> shards, Func<int, IEnumerable<ConsumeResult<string, byte[]>>> records, TimeSpan checkpointEvery) =>
        Task.WhenAll(shards.Select((shard, partition) => Task.Run(async () =>
        {
            var pending = new List<Task>();
            var lastCheckpoint = DateTime.UtcNow;
            foreach (var record in records(partition))
            {
                await shard.ProcessAsync(record, CancellationToken.None);
                if (DateTime.UtcNow - lastCheckpoint >= checkpointEvery)
                {
                    pending.Add(await shard.CheckpointAsync(CancellationToken.None));
                    lastCheckpoint = DateTime.UtcNow;
                }
            }

            pending.Add(await shard.CheckpointAsync(CancellationToken.None));
            await Task.WhenAll(pending);
        })));

    public static async Task CheckpointAllAsync(IEnumerable<IPartitionProcessor> shards) =>
        await Task.WhenAll(await Task.WhenAll(shards.Select(s => s.CheckpointAsync(CancellationToken.None))));
}
