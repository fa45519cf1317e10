using System.Collections.Concurrent;
using System.Threading.Channels;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace OpsCentre.Kafka.Consuming;

/// <summary>
/// Runs one partition number's processor on its own loop (the Streamiz/Kafka Streams "stream task"): records are
/// handed over through a bounded queue, processed in order, and checkpointed on a time/record budget. After each
/// checkpoint the offsets it covers are published for the consume loop to store.
/// </summary>
internal sealed class PartitionTask
{
    private readonly Channel<ConsumeResult<string, byte[]>> _queue;
    private readonly IPartitionProcessor _processor;
    private readonly PartitionedConsumerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Dictionary<TopicPartition, long> _processedThrough = [];
    private readonly ConcurrentDictionary<TopicPartition, long> _durableThrough = new();
    private readonly Queue<(Dictionary<TopicPartition, long> Offsets, Task Durable)> _checkpointsInFlight = new();
    /// <summary>How often an idle partition looks again at checkpoints still waiting for acknowledgements.</summary>
    private static readonly TimeSpan InFlightPoll = TimeSpan.FromMilliseconds(10);

    private readonly Task _loop;
    private readonly CancellationTokenSource _stop = new();

    public PartitionTask(int partition, IPartitionProcessor processor, PartitionedConsumerOptions options, TimeProvider time, ILogger logger)
    {
        Partition = partition;
        _processor = processor;
        _options = options;
        _time = time;
        _logger = logger;
        _queue = Channel.CreateBounded<ConsumeResult<string, byte[]>>(new BoundedChannelOptions(options.PartitionQueueCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _loop = Task.Run(RunAsync);
    }

    public int Partition { get; }

    /// <summary>Set when the processor failed; the consumer treats it as fatal for this node.</summary>
    public Exception? Failure { get; private set; }

    public long Processed { get; private set; }

    public int QueueDepth => _queue.Reader.Count;

    /// <summary>Queues a record, waiting while the partition's queue is full (back-pressure on the consume loop).</summary>
    public void Enqueue(ConsumeResult<string, byte[]> record)
    {
        if (_queue.Writer.TryWrite(record))
        {
            return;
        }

        _queue.Writer.WriteAsync(record).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Offsets (the next offset to read) whose effects are durable, per topic-partition.</summary>
    public IEnumerable<TopicPartitionOffset> DurableOffsets() =>
        _durableThrough.Select(entry => new TopicPartitionOffset(entry.Key, new Offset(entry.Value + 1)));

    /// <summary>Stops taking records, processes what is queued, checkpoints and disposes the processor.</summary>
    public async Task DrainAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        await _processor.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Stops without processing what is queued (crash-like); nothing uncheckpointed is committed.</summary>
    public async Task AbandonAsync()
    {
        _queue.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await _processor.DisposeAsync().ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        var sinceCheckpoint = 0;
        var lastCheckpoint = _time.GetTimestamp();
        try
        {
            while (true)
            {
                while (reader.TryRead(out var record))
                {
                    await _processor.ProcessAsync(record, _stop.Token).ConfigureAwait(false);
                    _processedThrough[record.TopicPartition] = record.Offset.Value;
                    Processed++;
                    // Under sustained load the queue never empties, so the time budget is checked here too (cheaply).
                    if (++sinceCheckpoint >= _options.CheckpointEveryRecords
                        || ((sinceCheckpoint & 255) == 0 && _time.GetElapsedTime(lastCheckpoint) >= _options.CheckpointInterval))
                    {
                        await CheckpointAsync().ConfigureAwait(false);
                        sinceCheckpoint = 0;
                        lastCheckpoint = _time.GetTimestamp();
                    }
                }

                PromoteDurableCheckpoints();
                if (sinceCheckpoint > 0 && _time.GetElapsedTime(lastCheckpoint) >= _options.CheckpointInterval)
                {
                    await CheckpointAsync().ConfigureAwait(false);
                    sinceCheckpoint = 0;
                    lastCheckpoint = _time.GetTimestamp();
                }

                var waitFor = sinceCheckpoint > 0
                    ? _options.CheckpointInterval - _time.GetElapsedTime(lastCheckpoint)
                    : _checkpointsInFlight.Count > 0 ? InFlightPoll : Timeout.InfiniteTimeSpan;
                if (waitFor != Timeout.InfiniteTimeSpan && waitFor <= TimeSpan.Zero)
                {
                    continue;
                }

                using var timeout = new CancellationTokenSource(waitFor, _time);
                using var stopping = _stop.Token.Register(static state => ((CancellationTokenSource)state!).Cancel(), timeout);

                bool more;
                try
                {
                    more = await reader.WaitToReadAsync(timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
                {
                    continue;
                }

                if (!more)
                {
                    break;
                }
            }

            if (sinceCheckpoint > 0)
            {
                await CheckpointAsync().ConfigureAwait(false);
            }

            while (_checkpointsInFlight.TryPeek(out var last))
            {
                await last.Durable.ConfigureAwait(false);
                PromoteDurableCheckpoints();
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            Failure = e;
            _logger.LogCritical(e, "Partition {Partition} stopped: its processor failed; uncommitted records will be replayed", Partition);
        }
    }

    private async Task CheckpointAsync()
    {
        var started = _time.GetTimestamp();
        var durable = await _processor.CheckpointAsync(_stop.Token).ConfigureAwait(false);
        KafkaMetrics.CheckpointMilliseconds.Record(_time.GetElapsedTime(started).TotalMilliseconds);
        _checkpointsInFlight.Enqueue((new Dictionary<TopicPartition, long>(_processedThrough), durable));
        PromoteDurableCheckpoints();
    }

    /// <summary>Moves the offsets of completed checkpoints, oldest first, to the committable set.</summary>
    private void PromoteDurableCheckpoints()
    {
        while (_checkpointsInFlight.TryPeek(out var head) && head.Durable.IsCompleted)
        {
            _checkpointsInFlight.Dequeue();
            head.Durable.GetAwaiter().GetResult();
            foreach (var (topicPartition, offset) in head.Offsets)
            {
                _durableThrough[topicPartition] = offset;
            }
        }
    }
}
