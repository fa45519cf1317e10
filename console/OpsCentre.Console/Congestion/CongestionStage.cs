using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Storage.Congestion;

namespace OpsCentre.Console.Congestion;

/// <summary>
/// The congestion stage for one partition of city.traffic.v1: readings are folded into fixed link intervals and each
/// link's streaming state. A checkpoint writes every interval that changed (closed ones and the open one, partial)
/// in one transaction, and only when that has committed may the consumer commit the readings' offsets; a crash
/// before then replays them, and the replay skips what the store already holds. Messages that do not decode are
/// ignored here: the city stage reads the same topic and dead-letters them, once.
/// </summary>
public sealed class CongestionStage(
    int partition,
    CityEventDecoder decoder,
    ILinkIntervalStore store,
    CongestionNetwork network,
    LiveCongestionBoard board,
    CongestionOptions options,
    TimeProvider time,
    ILogger logger) : IPartitionProcessor
{
    private readonly Dictionary<string, LinkIntervalTracker> _links = new(StringComparer.Ordinal);
    private readonly HashSet<LinkIntervalTracker> _changed = [];

    public int Partition => partition;

    /// <summary>Readings folded in (after skipping replays), for tests and metrics.</summary>
    public long Counted { get; private set; }

    public async ValueTask ProcessAsync(ConsumeResult<string, byte[]> record, CancellationToken cancellationToken)
    {
        if (decoder.Decode(record.Topic, record.Message.Value) is not Decoded { Event: TrafficReading reading }
            || !network.TryGet(reading.AssetId, out var link))
        {
            return;
        }

        if (!_links.TryGetValue(link.Id, out var tracker))
        {
            // Restored on the link's first reading: which links a partition holds is the producer's partitioner's
            // business, so the stage learns it from the readings rather than guessing it.
            var stored = await store.LatestAsync(link.Id, options.RestoreIntervals, cancellationToken).ConfigureAwait(false);
            tracker = LinkIntervalTracker.Restore(link.Id, link.LengthMeters, stored, options, time);
            _links[link.Id] = tracker;
        }

        if (tracker.Add(reading))
        {
            _changed.Add(tracker);
            Counted++;
        }
    }

    public async Task<Task> CheckpointAsync(CancellationToken cancellationToken)
    {
        if (_changed.Count > 0)
        {
            var intervals = _changed.SelectMany(t => t.Unwritten()).ToList();
            await store.WriteAsync(intervals, cancellationToken).ConfigureAwait(false);
            foreach (var tracker in _changed)
            {
                tracker.Written();
                board.Publish(tracker.Snapshot());
            }

            logger.LogDebug("Partition {Partition}: {Intervals} link interval(s) of {Links} link(s) written", partition, intervals.Count, _changed.Count);
            _changed.Clear();
        }

        // Nothing is produced to Kafka, so the writes above are all there is to wait for.
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        board.Forget(_links.Keys);
        return ValueTask.CompletedTask;
    }
}
