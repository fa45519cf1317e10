namespace OpsCentre.Contracts.Kafka;

/// <summary>
/// Headers on an ops.deadletter.v1 message. The value is the original message's raw bytes, untouched, so
/// nothing is lost and the message can be repaired and replayed.
/// </summary>
public static class DeadLetterHeaders
{
    public const string Reason = "dlq.reason";
    public const string SourceTopic = "dlq.source.topic";
    public const string SourcePartition = "dlq.source.partition";
    public const string SourceOffset = "dlq.source.offset";
    public const string FailedAt = "dlq.failed.at";
}
