using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace OpsCentre.Kafka.Publishing;

/// <summary>
/// One idempotent producer per process, shared by every shard (librdkafka producers are thread-safe and batch
/// better when shared). A full local queue is back-pressure, not an error: the caller waits until it drains.
/// </summary>
public sealed class KafkaPublisher : IDisposable
{
    private readonly IProducer<string, byte[]> _producer;
    private readonly ILogger _logger;
    private long _produced;

    public KafkaPublisher(KafkaConnection connection, string clientId, ILogger<KafkaPublisher> logger)
    {
        _logger = logger;
        _producer = new ProducerBuilder<string, byte[]>(connection.ProducerConfig(clientId))
            .SetLogHandler(KafkaLogging.To(logger))
            .SetErrorHandler((_, error) => _logger.Log(
                error.IsFatal ? LogLevel.Critical : LogLevel.Warning, "Kafka producer error {Code}: {Reason}", error.Code, error.Reason))
            .Build();
    }

    public long Produced => Interlocked.Read(ref _produced);

    public void Publish(string topic, string key, byte[] value, DeliveryTracker? tracker = null, Headers? headers = null)
    {
        var message = new Message<string, byte[]> { Key = key, Value = value, Headers = headers };
        var generation = tracker?.Started() ?? 0;
        while (true)
        {
            try
            {
                _producer.Produce(topic, message, report =>
                {
                    tracker?.Finished(generation, report.Error);
                    if (report.Error.IsError)
                    {
                        _logger.LogError("Delivery to {Topic} failed for key {Key}: {Reason}", topic, key, report.Error.Reason);
                    }
                });
                Interlocked.Increment(ref _produced);
                return;
            }
            catch (ProduceException<string, byte[]> e) when (e.Error.Code == ErrorCode.Local_QueueFull)
            {
                _producer.Poll(TimeSpan.FromMilliseconds(20));
            }
            catch
            {
                tracker?.Finished(generation, new Error(ErrorCode.Local_Fail, "produce threw"));
                throw;
            }
        }
    }

    /// <summary>Waits for every queued message to be delivered (used at shutdown).</summary>
    public void Flush(TimeSpan timeout) => _producer.Flush(timeout);

    public void Dispose()
    {
        _producer.Flush(TimeSpan.FromSeconds(10));
        _producer.Dispose();
    }
}
