namespace OpsCentre.Kafka.Consuming;

/// <summary>What this node's consumer owns and how far behind it is, for the system view and /api/system.</summary>
public sealed record ConsumerStatus(
    string GroupId,
    string MemberId,
    IReadOnlyList<OwnedPartition> Partitions,
    long RecordsConsumed,
    bool Running);

/// <summary>One topic-partition this node owns, with its consumer lag (high watermark − position).</summary>
public sealed record OwnedPartition(string Topic, int Partition, long Position, long HighWatermark, long Lag, int QueueDepth);
