using System.Text.Json;
using Confluent.Kafka;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Operations;
using OpsCentre.Kafka.Consuming;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Alerts.Alerting;

/// <summary>
/// The alert router's stage on one partition of ops.incidents.v1 (its own consumer group). Incident versions are
/// collapsed to the latest per incident and planned at each checkpoint; the offsets are committed only after the
/// plans and their messages are in the outbox. A replay plans versions the store has already seen, which the
/// planner ignores, so a crash anywhere sends nothing twice.
/// </summary>
public sealed class IncidentAlertStage(int partition, AlertPlanning planning, DeadLetterPublisher deadLetters) : IPartitionProcessor
{
    private readonly Dictionary<string, Incident> _latest = new(StringComparer.Ordinal);
    private readonly DeliveryTracker _deliveries = new();

    public int Partition => partition;

    public ValueTask ProcessAsync(ConsumeResult<string, byte[]> record, CancellationToken cancellationToken)
    {
        Incident? incident = null;
        string? problem = null;
        try
        {
            incident = JsonSerializer.Deserialize(record.Message.Value, ContractJson.Default.Incident);
        }
        catch (JsonException e)
        {
            problem = $"malformed incident: {e.Message}";
        }

        if (incident is null)
        {
            deadLetters.Publish(record.Topic, record.Partition.Value, record.Offset.Value, record.Message.Key, record.Message.Value, problem ?? "malformed incident: null", _deliveries);
        }
        else if (!_latest.TryGetValue(incident.IncidentId, out var known) || incident.Version > known.Version)
        {
            _latest[incident.IncidentId] = incident;
        }

        return ValueTask.CompletedTask;
    }

    public async Task<Task> CheckpointAsync(CancellationToken cancellationToken)
    {
        if (_latest.Count > 0)
        {
            await planning.PlanAsync([.. _latest.Values], cancellationToken).ConfigureAwait(false);
            _latest.Clear();
        }

        // Dead letters are rare: wait for them here rather than pipelining their delivery.
        await _deliveries.WaitAllDeliveredAsync(cancellationToken).ConfigureAwait(false);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
