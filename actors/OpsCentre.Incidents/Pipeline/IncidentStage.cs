using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Raising;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Incidents.Pipeline;

/// <summary>
/// The correlator stage for one partition of ops.anomalies.v1: anomalies in, incidents out. At each checkpoint the
/// incidents it raised or changed are written to the store (durable, merged with any lifecycle change made
/// meanwhile; see <see cref="CorrelatorWrites"/>) and then published to ops.incidents.v1; only after both does the
/// consumer commit the anomalies' offsets. A replay re-raises the same incidents with the same ids: the store
/// already holds their evidence, so nothing changes, and the republished messages carry the stored version.
/// Every <see cref="RefreshEvery"/> the raiser re-reads the open incidents, so it learns of incidents raised
/// elsewhere (external warnings) and forgets those operators have resolved.
/// </summary>
public sealed class IncidentStage(
    int partition,
    IIncidentRaiser raiser,
    CorrelatorWrites writes,
    IIncidentStore store,
    KafkaPublisher publisher,
    DeadLetterPublisher deadLetters,
    IIncidentObserver observer,
    TimeProvider time,
    ILogger logger) : IPartitionProcessor
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, Incident> _pending = [];
    private readonly DeliveryTracker _deliveries = new();
    private long _lastRefresh = time.GetTimestamp();

    public int Partition => partition;

    public async ValueTask ProcessAsync(ConsumeResult<string, byte[]> record, CancellationToken cancellationToken)
    {
        // Only between checkpoints: a refresh while changes are pending would hand the raiser copies without them.
        if (_pending.Count == 0 && time.GetElapsedTime(_lastRefresh) >= RefreshEvery)
        {
            raiser.Restore(await store.QueryAsync(new IncidentQuery(States: IncidentStates.Open, Limit: IncidentQuery.MaxLimit), cancellationToken).ConfigureAwait(false));
            _lastRefresh = time.GetTimestamp();
        }

        Anomaly? anomaly;
        try
        {
            anomaly = JsonSerializer.Deserialize(record.Message.Value, ContractJson.Default.Anomaly);
        }
        catch (JsonException e)
        {
            deadLetters.Publish(record.Topic, record.Partition.Value, record.Offset.Value, record.Message.Key, record.Message.Value, $"malformed anomaly: {e.Message}", _deliveries);
            return;
        }

        if (anomaly is null)
        {
            deadLetters.Publish(record.Topic, record.Partition.Value, record.Offset.Value, record.Message.Key, record.Message.Value, "malformed anomaly: null", _deliveries);
            return;
        }

        foreach (var incident in raiser.OnAnomaly(anomaly))
        {
            _pending[incident.IncidentId] = incident;
        }
    }

    public async Task<Task> CheckpointAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count > 0)
        {
            var (incidents, changed) = await writes.WriteAsync(_pending.Values, raiser, cancellationToken).ConfigureAwait(false);
            // Publish all, not only those this write changed: after a crash between the store write and the
            // publish, the replay finds the store up to date but the topic still missing the message.
            foreach (var incident in incidents)
            {
                publisher.Publish(CityTopics.Incidents, incident.IncidentId, JsonSerializer.SerializeToUtf8Bytes(incident, ContractJson.Default.Incident), _deliveries);
            }

            if (changed.Count > 0)
            {
                logger.LogInformation("Partition {Partition}: {Count} incident(s) raised or updated: {Ids}", partition, changed.Count, string.Join(", ", changed.Select(i => $"{i.IncidentId} {i.Kind} P{i.Priority}")));
                observer.Changed(changed);
            }

            _pending.Clear();
        }

        // Incidents are few: wait for their delivery here rather than pipelining it.
        await _deliveries.WaitAllDeliveredAsync(cancellationToken).ConfigureAwait(false);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
