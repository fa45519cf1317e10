using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace OpsCentre.Kafka.Consuming;

/// <summary>
/// Follows a topic from the moment it is opened, on every partition, without joining a consumer group: for views
/// (the live incident list, the CCTV panel) that want what happens from now on on every node and never commit.
/// The end offsets are read when the tail opens, not after a group join, so nothing published in the first seconds
/// after a node starts is skipped.
/// </summary>
public sealed class TopicTail : IDisposable
{
    private readonly IConsumer<string, byte[]> _consumer;
    private readonly ILogger _logger;

    private TopicTail(IConsumer<string, byte[]> consumer, ILogger logger)
    {
        _consumer = consumer;
        _logger = logger;
    }

    /// <param name="fromStart">Read what the topic holds first (a compacted registry), rather than only what comes next.</param>
    public static TopicTail Open(KafkaConnection kafka, string topic, string clientId, ILogger logger, bool fromStart = false)
    {
        // A group id is required by the client configuration even though nothing is subscribed or committed.
        var config = kafka.ConsumerConfig($"{clientId}-tail-{Guid.NewGuid():N}", clientId);
        config.EnableAutoCommit = false;
        var consumer = new ConsumerBuilder<string, byte[]>(config).SetLogHandler(KafkaLogging.To(logger)).Build();
        using var admin = new DependentAdminClientBuilder(consumer.Handle).Build();
        var partitions = admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics.Single().Partitions;
        var start = partitions.Select(p =>
        {
            var topicPartition = new TopicPartition(topic, p.PartitionId);
            var watermarks = consumer.QueryWatermarkOffsets(topicPartition, TimeSpan.FromSeconds(10));
            return new TopicPartitionOffset(topicPartition, fromStart ? watermarks.Low : watermarks.High);
        }).ToList();
        consumer.Assign(start);
        return new TopicTail(consumer, logger);
    }

    /// <summary>Reads until cancelled, handing each message's value to <paramref name="handle"/>; never throws for one bad message.</summary>
    public void Follow(Action<byte[]> handle, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (_consumer.Consume(TimeSpan.FromMilliseconds(200))?.Message?.Value is { } value)
                {
                    handle(value);
                }
            }
            catch (ConsumeException e) when (!e.Error.IsFatal)
            {
                _logger.LogWarning("Reading {Topic}: {Reason}", e.ConsumerRecord?.Topic, e.Error.Reason);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }
    }

    public void Dispose()
    {
        _consumer.Close();
        _consumer.Dispose();
    }
}
