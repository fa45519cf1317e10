using OpsCentre.Kafka.Consuming;

namespace OpsCentre.Console.Live;

/// <summary>What the system view and GET /api/system show: where Kafka is, what this node owns, how fast data flows.</summary>
public sealed record SystemSnapshot(
    string NodeId,
    DateTimeOffset At,
    string BootstrapServers,
    bool EmbeddedCluster,
    string Store,
    IReadOnlyList<string> Topics,
    IReadOnlyList<StageSnapshot> Stages,
    double EventsPerSecond,
    long RecordsConsumed,
    long DeadLettered,
    long Published);

/// <summary>One consumer stage of this node: its group, owned partitions with lag, and throughput.</summary>
public sealed record StageSnapshot(string Name, string Group, bool Running, long RecordsConsumed, double RecordsPerSecond, IReadOnlyList<OwnedPartition> Partitions);
