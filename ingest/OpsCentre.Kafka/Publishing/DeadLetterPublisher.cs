using System.Globalization;
using System.Text;
using Confluent.Kafka;
using OpsCentre.Contracts.Kafka;

namespace OpsCentre.Kafka.Publishing;

/// <summary>
/// Sends a rejected message to ops.deadletter.v1 with its raw bytes untouched and the reason and origin in headers
/// (the Kafka Connect convention), so nothing is lost and the message can be inspected, repaired and replayed.
/// </summary>
public sealed class DeadLetterPublisher(KafkaPublisher publisher, TimeProvider time)
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Publish(string sourceTopic, int partition, long offset, string? key, byte[] raw, string reason, DeliveryTracker? tracker = null)
    {
        var headers = new Headers
        {
            { DeadLetterHeaders.Reason, Encoding.UTF8.GetBytes(reason) },
            { DeadLetterHeaders.SourceTopic, Encoding.UTF8.GetBytes(sourceTopic) },
            { DeadLetterHeaders.SourcePartition, Encoding.UTF8.GetBytes(partition.ToString(CultureInfo.InvariantCulture)) },
            { DeadLetterHeaders.SourceOffset, Encoding.UTF8.GetBytes(offset.ToString(CultureInfo.InvariantCulture)) },
            { DeadLetterHeaders.FailedAt, Encoding.UTF8.GetBytes(time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)) },
        };
        publisher.Publish(CityTopics.DeadLetter, key ?? string.Empty, raw, tracker, headers);
        Interlocked.Increment(ref _count);
        KafkaMetrics.DeadLettered.Add(1, new KeyValuePair<string, object?>("topic", sourceTopic));
    }
}
