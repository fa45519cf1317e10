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
/// incidents it raised or changed are written to the store (durable) and then published to ops.incidents.v1;
/// only after both does the consumer commit the anomalies' offsets. A replay re-raises the same incidents with
/// the same ids and versions: the store ignores them and the republished messages are superseded by version.
/// </summary>
public sealed class IncidentStage(
    int partition,
    IIncidentRaiser raiser,
    IIncidentStore store,
    KafkaPublisher publisher,
    DeadLetterPublisher deadLetters,
    IIncidentObserver observer,
    ILogger logger) : IPartitionProcessor
{
    private readonly Dictionary<string, Incident> _pending = [];
    private readonly DeliveryTracker _deliveries = new();

    public int Partition => partition;

    public ValueTask ProcessAsync(ConsumeResult<string, byte[]> record, CancellationToken cancellationToken)
    {
        Anomaly? anomaly;
        try
        {
            anomaly = JsonSerializer.Deserialize(record.Message.Value, ContractJson.Default.Anomaly);
        }
        catch (JsonException e)
        {
            deadLetters.Publish(record.Topic, record.Partition.Value, record.Offset.Value, record.Message.Key, record.Message.Value, $"malformed anomaly: {e.Message}", _deliveries);
            return ValueTask.CompletedTask;
        }

        if (anomaly is null)
        {
            deadLetters.Publish(record.Topic, record.Partition.Value, record.Offset.Value, record.Message.Key, record.Message.Value, "malformed anomaly: null", _deliveries);
            return ValueTask.CompletedTask;
        }

        foreach (var incident in raiser.OnAnomaly(anomaly))
        {
            _pending[incident.IncidentId] = incident;
        }

        return ValueTask.CompletedTask;
    }

    public async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count > 0)
        {
            var incidents = _pending.Values.ToList();
            var changed = await store.UpsertAsync(incidents, cancellationToken).ConfigureAwait(false);
            // Publish all, not only those the store reports changed: after a crash between the store write and the
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

        await _deliveries.WaitAllDeliveredAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
