using System.Text.Json;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Pipeline;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Incidents.Publishing;

/// <summary>
/// Publishes incident versions to ops.incidents.v1 keyed by incident id, waits until the cluster has them, then tells
/// the in-process observer, if any. Used by everything that changes an incident outside the correlator stage.
/// </summary>
public sealed class KafkaIncidentFeed(KafkaPublisher publisher, IIncidentObserver? observer = null) : IIncidentFeed
{
    public async Task PublishAsync(IReadOnlyList<Incident> incidents, CancellationToken cancellationToken)
    {
        if (incidents.Count == 0)
        {
            return;
        }

        // A tracker per call: concurrent API requests each wait only for their own messages.
        var deliveries = new DeliveryTracker();
        foreach (var incident in incidents)
        {
            publisher.Publish(CityTopics.Incidents, incident.IncidentId, JsonSerializer.SerializeToUtf8Bytes(incident, ContractJson.Default.Incident), deliveries);
        }

        await deliveries.WaitAllDeliveredAsync(cancellationToken).ConfigureAwait(false);
        observer?.Changed(incidents);
    }
}
