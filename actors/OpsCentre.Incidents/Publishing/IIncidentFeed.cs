using OpsCentre.Contracts.Operations;

namespace OpsCentre.Incidents.Publishing;

/// <summary>
/// Where changed incidents go once they are durable, so the live console and the alert router see every version
/// (ops.incidents.v1 in the running system). Completes when the feed has accepted them.
/// </summary>
public interface IIncidentFeed
{
    Task PublishAsync(IReadOnlyList<Incident> incidents, CancellationToken cancellationToken);
}
