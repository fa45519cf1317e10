namespace OpsCentre.Kafka;

/// <summary>How the system reaches Kafka. With no bootstrap servers it starts the embedded mock cluster.</summary>
public sealed record KafkaOptions
{
    /// <summary>host:port[,host:port...] of a real cluster; null or empty = embedded cluster (default).</summary>
    public string? BootstrapServers { get; init; }

    /// <summary>Brokers in the embedded cluster. Default 3, range 1..16.</summary>
    public int EmbeddedBrokers { get; init; } = 3;

    /// <summary>Partitions per topic when this system creates them. Default 6, range 1..256. More partitions = more
    /// nodes can share the work; every input topic gets the same count so an asset's shard is the same on each.</summary>
    public int Partitions { get; init; } = 6;

    /// <summary>Replication factor for created topics (capped at the broker count). Default 3, range 1..5.</summary>
    public int ReplicationFactor { get; init; } = 3;

    /// <summary>The consumer group every processing node joins. Default "opscentre".</summary>
    public string ConsumerGroup { get; init; } = "opscentre";

    /// <summary>Largest accepted message; bigger ones are dead-lettered. Default 64 KiB, range 1 KiB..1 MiB.</summary>
    public int MaxMessageBytes { get; init; } = 64 * 1024;

    public bool UsesEmbeddedCluster => string.IsNullOrWhiteSpace(BootstrapServers);

    public void Validate()
    {
        if (EmbeddedBrokers is < 1 or > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(EmbeddedBrokers), EmbeddedBrokers, "embedded brokers must be 1..16");
        }

        if (Partitions is < 1 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(Partitions), Partitions, "partitions must be 1..256");
        }

        if (ReplicationFactor is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(ReplicationFactor), ReplicationFactor, "replication factor must be 1..5");
        }

        if (MaxMessageBytes is < 1024 or > 1024 * 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxMessageBytes), MaxMessageBytes, "max message bytes must be 1 KiB..1 MiB");
        }

        if (string.IsNullOrWhiteSpace(ConsumerGroup))
        {
            throw new ArgumentException("consumer group must not be empty", nameof(ConsumerGroup));
        }
    }
}
