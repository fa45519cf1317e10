using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace OpsCentre.Kafka.Consuming;

/// <summary>
/// The at-least-once consume loop (after confluent-kafka-dotnet's examples): one consumer in the group, one
/// <see cref="PartitionTask"/> per owned partition number. Offsets are stored only once the task reports its
/// effects durable; auto-commit then commits stored offsets. On revoke every task drains and checkpoints and the
/// final offsets are committed synchronously, so the next owner starts exactly where this one finished.
/// ConsumeException is handled inside the loop; a fatal client error stops it.
/// </summary>
public sealed class PartitionedConsumer : IDisposable
{
    private readonly string _groupId;
    private readonly IReadOnlyList<string> _topics;
    private readonly IPartitionProcessorFactory _factory;
    private readonly PartitionedConsumerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<int, PartitionTask> _tasks = new();
    private readonly IConsumer<string, byte[]> _consumer;
    private volatile Error? _fatal;
    private readonly Dictionary<string, long> _consumedSinceReport = new(StringComparer.Ordinal);
    private long _consumed;
    private volatile bool _running;
    private volatile IReadOnlyList<OwnedPartition> _lastStatus = [];

    public PartitionedConsumer(
        KafkaConnection connection,
        string groupId,
        IReadOnlyList<string> topics,
        string clientId,
        IPartitionProcessorFactory factory,
        PartitionedConsumerOptions options,
        TimeProvider time,
        ILogger<PartitionedConsumer> logger)
    {
        options.Validate();
        _groupId = groupId;
        _topics = topics;
        _factory = factory;
        _options = options;
        _time = time;
        _logger = logger;
        _consumer = new ConsumerBuilder<string, byte[]>(connection.ConsumerConfig(groupId, clientId))
            .SetKeyDeserializer(Deserializers.Utf8)
            .SetPartitionsAssignedHandler((_, assigned) => OnAssigned(assigned))
            .SetPartitionsRevokedHandler((_, revoked) => OnRevoked(revoked.Select(p => p.TopicPartition).ToList()))
            .SetPartitionsLostHandler((_, lost) => OnLost(lost.Select(p => p.TopicPartition).ToList()))
            .SetLogHandler(KafkaLogging.To(logger))
            .SetErrorHandler((_, error) => OnError(error))
            .Build();
    }

    public long RecordsConsumed => Interlocked.Read(ref _consumed);

    public ConsumerStatus Status => new(_groupId, SafeMemberId(), _lastStatus, RecordsConsumed, _running);

    /// <summary>Runs until cancelled (graceful: drain, checkpoint, commit, leave) or until a fatal error.</summary>
    public void Run(CancellationToken cancellationToken)
    {
        _consumer.Subscribe(_topics);
        _running = true;
        var lastStore = _time.GetTimestamp();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                ThrowIfFailed();
                try
                {
                    var record = _consumer.Consume(TimeSpan.FromMilliseconds(50));
                    if (record is not null && !record.IsPartitionEOF)
                    {
                        Interlocked.Increment(ref _consumed);
                        CollectionsMarshal.GetValueRefOrAddDefault(_consumedSinceReport, record.Topic, out _)++;
                        if (_tasks.TryGetValue(record.Partition.Value, out var task))
                        {
                            task.Enqueue(record);
                        }
                    }
                }
                catch (ConsumeException e) when (!e.Error.IsFatal)
                {
                    _logger.LogWarning("Consume error on {TopicPartition}: {Reason}; continuing", e.ConsumerRecord?.TopicPartition, e.Error.Reason);
                }

                if (_time.GetElapsedTime(lastStore) >= TimeSpan.FromMilliseconds(100))
                {
                    StoreDurableOffsets();
                    RefreshStatus();
                    ReportConsumed();
                    lastStore = _time.GetTimestamp();
                }
            }
        }
        finally
        {
            _running = false;
        }

        // Graceful leave: Close() runs the revoke handler, which drains, checkpoints and commits.
        _consumer.Close();
    }

    /// <summary>Simulates a crash: stop without draining or committing; whatever was not committed is replayed elsewhere.</summary>
    public void Abandon()
    {
        foreach (var task in _tasks.Values)
        {
            task.AbandonAsync().GetAwaiter().GetResult();
        }

        _tasks.Clear();
    }

    public void Dispose() => _consumer.Dispose();

    private void OnAssigned(List<TopicPartition> assigned)
    {
        var numbers = assigned.Select(p => p.Partition.Value).Distinct().Where(p => !_tasks.ContainsKey(p)).Order().ToList();
        _logger.LogInformation("Assigned {Partitions}; restoring partitions {Numbers}", string.Join(", ", assigned), string.Join(",", numbers));
        foreach (var number in numbers)
        {
            var processor = _factory.CreateAsync(number, CancellationToken.None).GetAwaiter().GetResult();
            _tasks[number] = new PartitionTask(number, processor, _options, _time, _logger);
        }
    }

    private void OnRevoked(List<TopicPartition> revoked)
    {
        var numbers = revoked.Select(p => p.Partition.Value).Distinct().ToList();
        _logger.LogInformation("Revoked {Partitions}; draining and committing partitions {Numbers}", string.Join(", ", revoked), string.Join(",", numbers));
        foreach (var number in numbers)
        {
            if (_tasks.TryRemove(number, out var task))
            {
                task.DrainAsync().GetAwaiter().GetResult();
                StoreOffsets(task);
                _factory.Released(number);
            }
        }

        try
        {
            _consumer.Commit();
        }
        catch (KafkaException e) when (e.Error.Code == ErrorCode.Local_NoOffset)
        {
            // Nothing new was processed since the last commit.
        }
        catch (KafkaException e) when (e.Error.Code is ErrorCode.RebalanceInProgress or ErrorCode.IllegalGeneration or ErrorCode.UnknownMemberId)
        {
            // The group moved on while we drained: the next owner replays from the last commit, and the work is
            // idempotent, so this costs time, not correctness.
            _logger.LogWarning("Final commit on revoke refused ({Reason}); the next owner replays from the last commit", e.Error.Reason);
        }
    }

    private void OnLost(List<TopicPartition> lost)
    {
        // The group moved on without us (session timeout): another node already owns these partitions, so our
        // uncommitted work must not be committed; drop it and let the new owner replay.
        _logger.LogWarning("Lost {Partitions}; abandoning uncommitted work", string.Join(", ", lost));
        foreach (var number in lost.Select(p => p.Partition.Value).Distinct())
        {
            if (_tasks.TryRemove(number, out var task))
            {
                task.AbandonAsync().GetAwaiter().GetResult();
                _factory.Released(number);
            }
        }
    }

    private void OnError(Error error)
    {
        if (error.IsFatal)
        {
            _fatal = error;
            _logger.LogCritical("Fatal Kafka consumer error {Code}: {Reason}", error.Code, error.Reason);
        }
        else
        {
            _logger.LogDebug("Kafka consumer: {Reason}", error.Reason);
        }
    }

    private void ThrowIfFailed()
    {
        if (_fatal is { } fatal)
        {
            throw new KafkaException(fatal);
        }

        foreach (var task in _tasks.Values)
        {
            if (task.Failure is { } failure)
            {
                throw new InvalidOperationException($"partition {task.Partition} failed: {failure.Message}", failure);
            }
        }
    }

    private void StoreDurableOffsets()
    {
        foreach (var task in _tasks.Values)
        {
            StoreOffsets(task);
        }
    }

    private void StoreOffsets(PartitionTask task)
    {
        foreach (var offset in task.DurableOffsets())
        {
            try
            {
                _consumer.StoreOffset(offset);
            }
            catch (KafkaException e) when (e.Error.Code is ErrorCode.Local_State or ErrorCode.Local_UnknownPartition)
            {
                // The partition was just taken away; the new owner replays from the last commit.
            }
        }
    }

    /// <summary>Adds the per-topic counts to the metric in one go: a metric update per record costs more than the record.</summary>
    private void ReportConsumed()
    {
        foreach (var (topic, count) in _consumedSinceReport)
        {
            if (count > 0)
            {
                KafkaMetrics.RecordsConsumed.Add(count, new KeyValuePair<string, object?>("topic", topic));
            }
        }

        _consumedSinceReport.Clear();
    }

    private void RefreshStatus()
    {
        var owned = new List<OwnedPartition>();
        foreach (var topicPartition in _consumer.Assignment)
        {
            var watermarks = _consumer.GetWatermarkOffsets(topicPartition);
            var position = _consumer.Position(topicPartition);
            var high = watermarks.High.IsSpecial ? 0 : watermarks.High.Value;
            var at = position.IsSpecial ? 0 : position.Value;
            var depth = _tasks.TryGetValue(topicPartition.Partition.Value, out var task) ? task.QueueDepth : 0;
            owned.Add(new OwnedPartition(topicPartition.Topic, topicPartition.Partition.Value, at, high, Math.Max(0, high - at), depth));
        }

        _lastStatus = owned;
    }

    private string SafeMemberId()
    {
        try
        {
            return _consumer.MemberId ?? string.Empty;
        }
        catch (ObjectDisposedException)
        {
            return string.Empty;
        }
    }
}
