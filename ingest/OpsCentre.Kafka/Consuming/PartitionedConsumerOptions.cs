namespace OpsCentre.Kafka.Consuming;

/// <summary>Tuning for the partitioned consumer loop.</summary>
public sealed record PartitionedConsumerOptions
{
    /// <summary>How often a partition checkpoints and its offsets become committable. Default 200 ms, range
    /// 10 ms..60 s. Shorter = less replay after a crash; longer = fewer store transactions.</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Checkpoint early after this many records. Default 20,000, range 1..1,000,000.</summary>
    public int CheckpointEveryRecords { get; init; } = 20_000;

    /// <summary>Records queued per partition before the consume loop waits (back-pressure). Default 10,000, range 16..1,000,000.</summary>
    public int PartitionQueueCapacity { get; init; } = 10_000;

    public void Validate()
    {
        if (CheckpointInterval < TimeSpan.FromMilliseconds(10) || CheckpointInterval > TimeSpan.FromSeconds(60))
        {
            throw new ArgumentOutOfRangeException(nameof(CheckpointInterval), CheckpointInterval, "checkpoint interval must be 10 ms..60 s");
        }

        if (CheckpointEveryRecords is < 1 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(CheckpointEveryRecords), CheckpointEveryRecords, "must be 1..1,000,000");
        }

        if (PartitionQueueCapacity is < 16 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(PartitionQueueCapacity), PartitionQueueCapacity, "must be 16..1,000,000");
        }
    }
}
