using Confluent.Kafka;
using OpsCentre.Kafka;

namespace OpsCentre.Assets.Tests.Support;

/// <summary>Reads every message on a topic (all partitions, from the start) until it has enough or time is up.</summary>
internal static class TopicReader
{
    public static List<ConsumeResult<string, byte[]>> Read(KafkaConnection kafka, string topic, int atLeast, TimeSpan timeout)
    {
        var config = kafka.ConsumerConfig($"reader-{Guid.NewGuid():N}", "test-reader");
        config.EnableAutoCommit = false;
        using var consumer = new ConsumerBuilder<string, byte[]>(config).SetKeyDeserializer(Deserializers.Utf8).Build();
        consumer.Assign(Enumerable.Range(0, kafka.Options.Partitions).Select(p => new TopicPartitionOffset(topic, p, Offset.Beginning)));
        var messages = new List<ConsumeResult<string, byte[]>>();
        var deadline = DateTime.UtcNow + timeout;
        while (messages.Count < atLeast && DateTime.UtcNow < deadline)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { IsPartitionEOF: false } message)
            {
                messages.Add(message);
            }
        }

        // Whatever else is already there (a duplicate would show here).
        while (consumer.Consume(TimeSpan.FromMilliseconds(300)) is { IsPartitionEOF: false } extra)
        {
            messages.Add(extra);
        }

        return messages;
    }
}
