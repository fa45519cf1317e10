using OpsCentre.Contracts.Readings;
using OpsCentre.Kafka.Consuming;

namespace OpsCentre.Assets.Tests.Support;

/// <summary>Drives a partition processor the way the consumer's partition task does.</summary>
internal static class PartitionDriving
{
    public static async Task FeedAsync(this IPartitionProcessor shard, int partition, IEnumerable<(CityEvent Reading, long Offset)> readings)
    {
        foreach (var (reading, offset) in readings)
        {
            await shard.ProcessAsync(Readings.Record(reading, partition, offset), CancellationToken.None);
        }
    }

    /// <summary>A whole checkpoint: the state written, then everything it produced acknowledged.</summary>
    public static async Task CheckpointFullyAsync(this IPartitionProcessor shard)
    {
        var delivered = await shard.CheckpointAsync(CancellationToken.None);
        await delivered.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary><paramref name="count"/> one-minute NO2 readings of aq-1 at offsets from <paramref name="first"/>.</summary>
    public static IEnumerable<(CityEvent, long)> MonitorReadings(int first, int count, Func<int, double>? value = null) =>
        Enumerable.Range(first, count).Select(i => ((CityEvent)Readings.No2("aq-1", i, value?.Invoke(i) ?? 40), (long)i));

    public static async Task<bool> EventuallyAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return condition();
    }
}
