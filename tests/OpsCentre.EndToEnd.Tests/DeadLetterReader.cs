using System.Text;
using Confluent.Kafka;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Kafka;

namespace OpsCentre.EndToEnd.Tests;

/// <summary>Reads ops.deadletter.v1 from the start, as an operator with kcat would.</summary>
public static class DeadLetterReader
{
    public sealed record DeadLetter(string Reason, string SourceTopic, byte[] Raw);

    public static Task<List<DeadLetter>> ReadAsync(KafkaConnection kafka, int expected, TimeSpan timeout) => Task.Run(() =>
    {
        var config = kafka.ConsumerConfig("dlq-reader-" + Guid.NewGuid().ToString("N"), "dlq-reader");
        config.EnableAutoCommit = false;
        using var consumer = new ConsumerBuilder<string, byte[]>(config).Build();
        consumer.Subscribe(CityTopics.DeadLetter);
        var result = new List<DeadLetter>();
        var deadline = DateTime.UtcNow + timeout;
        while (result.Count < expected && DateTime.UtcNow < deadline)
        {
            var record = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (record is null)
            {
                continue;
            }

            result.Add(new DeadLetter(
                Header(record, DeadLetterHeaders.Reason),
                Header(record, DeadLetterHeaders.SourceTopic),
                record.Message.Value));
        }

        consumer.Close();
        return result;
    });

    private static string Header(ConsumeResult<string, byte[]> record, string name) =>
        record.Message.Headers.TryGetLastBytes(name, out var bytes) ? Encoding.UTF8.GetString(bytes) : string.Empty;
}
