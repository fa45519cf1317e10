using Confluent.Kafka;
using Confluent.Kafka.Admin;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Kafka.Embedded;

namespace OpsCentre.Kafka;

/// <summary>
/// The cluster this process talks to: a real one named by bootstrap servers, or the embedded mock cluster it
/// starts and owns. Every client in the system is configured from here, so switching to a real cluster changes
/// nothing else.
/// </summary>
public sealed class KafkaConnection : IDisposable
{
    private KafkaConnection(KafkaOptions options, string bootstrapServers, EmbeddedKafkaCluster? embedded)
    {
        Options = options;
        BootstrapServers = bootstrapServers;
        Embedded = embedded;
    }

    public KafkaOptions Options { get; }

    public string BootstrapServers { get; }

    /// <summary>The embedded cluster when this process started one; null against a real cluster.</summary>
    public EmbeddedKafkaCluster? Embedded { get; }

    public static KafkaConnection Open(KafkaOptions options)
    {
        options.Validate();
        if (!options.UsesEmbeddedCluster)
        {
            return new KafkaConnection(options, options.BootstrapServers!.Trim(), null);
        }

        var cluster = EmbeddedKafkaCluster.Start(options.EmbeddedBrokers);
        return new KafkaConnection(options, cluster.BootstrapServers, cluster);
    }

    /// <summary>Creates the system's topics if missing. The asset changelog and registry are compacted.</summary>
    public async Task EnsureTopicsAsync(CancellationToken cancellationToken = default)
    {
        if (Embedded is not null)
        {
            foreach (var topic in CityTopics.All)
            {
                Embedded.CreateTopic(topic, Options.Partitions, Options.ReplicationFactor);
            }

            return;
        }

        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = BootstrapServers }).Build();
        var metadata = admin.GetMetadata(TimeSpan.FromSeconds(10));
        var existing = metadata.Topics.Select(t => t.Topic).ToHashSet(StringComparer.Ordinal);
        var missing = CityTopics.All.Where(t => !existing.Contains(t)).Select(t => new TopicSpecification
        {
            Name = t,
            NumPartitions = Options.Partitions,
            ReplicationFactor = (short)Math.Min(Options.ReplicationFactor, metadata.Brokers.Count),
            Configs = CityTopics.Compacted.Contains(t) ? new Dictionary<string, string> { ["cleanup.policy"] = "compact" } : null,
        }).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        try
        {
            await admin.CreateTopicsAsync(missing).WaitAsync(cancellationToken);
        }
        catch (CreateTopicsException e) when (e.Results.All(r => r.Error.Code is ErrorCode.NoError or ErrorCode.TopicAlreadyExists))
        {
            // Another node created them first: that is the outcome we wanted.
        }
    }

    public ProducerConfig ProducerConfig(string clientId) => new()
    {
        BootstrapServers = BootstrapServers,
        ClientId = clientId,
        EnableIdempotence = true,
        Acks = Acks.All,
        LingerMs = 5,
        BatchNumMessages = 10_000,
        CompressionType = CompressionType.Lz4,
        // Java clients hash keys with murmur2; matching it keeps an asset on the same partition whoever produces.
        Partitioner = Partitioner.Murmur2Random,
        QueueBufferingMaxMessages = 500_000,
    };

    public ConsumerConfig ConsumerConfig(string groupId, string clientId) => new()
    {
        BootstrapServers = BootstrapServers,
        GroupId = groupId,
        ClientId = clientId,
        AutoOffsetReset = AutoOffsetReset.Earliest,
        // At-least-once: the loop stores an offset only after the record's effects are durable; the background
        // auto-commit then commits only stored offsets.
        EnableAutoCommit = true,
        EnableAutoOffsetStore = false,
        AutoCommitIntervalMs = 1_000,
        // Range assignment gives one consumer partition p of every input topic, so a shard owns whole assets.
        PartitionAssignmentStrategy = PartitionAssignmentStrategy.Range,
        SessionTimeoutMs = 10_000,
        HeartbeatIntervalMs = 1_000,
        QueuedMinMessages = 50_000,
        FetchMaxBytes = 50 * 1024 * 1024,
        MaxPartitionFetchBytes = 10 * 1024 * 1024,
        EnablePartitionEof = false,
    };

    public void Dispose() => Embedded?.Dispose();
}
