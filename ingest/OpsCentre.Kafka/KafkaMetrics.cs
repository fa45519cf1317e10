using System.Diagnostics.Metrics;

namespace OpsCentre.Kafka;

/// <summary>The Kafka layer's instruments (meter "OpsCentre.Kafka"), exported on /metrics.</summary>
public static class KafkaMetrics
{
    public static readonly Meter Meter = new("OpsCentre.Kafka");

    public static readonly Counter<long> RecordsConsumed = Meter.CreateCounter<long>(
        "opscentre.records.consumed", description: "Records read from Kafka, by topic");

    public static readonly Counter<long> DeadLettered = Meter.CreateCounter<long>(
        "opscentre.deadletters", description: "Messages sent to ops.deadletter.v1, by source topic");

    public static readonly Histogram<double> CheckpointMilliseconds = Meter.CreateHistogram<double>(
        "opscentre.checkpoint.duration", unit: "ms", description: "Time to make a partition's effects durable");
}
