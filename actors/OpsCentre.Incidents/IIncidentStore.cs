using OpsCentre.Contracts.Operations;

namespace OpsCentre.Incidents;

/// <summary>
/// Durable incidents. Writes are idempotent by incident id and version: writing the same or an older version
/// again changes nothing, which is what makes replay after a crash safe.
/// </summary>
public interface IIncidentStore
{
    /// <summary>Writes all incidents in one transaction; returns those that changed the store.</summary>
    Task<IReadOnlyList<Incident>> UpsertAsync(IReadOnlyCollection<Incident> incidents, CancellationToken cancellationToken);

    Task<Incident?> GetAsync(string incidentId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Incident>> QueryAsync(IncidentQuery query, CancellationToken cancellationToken);

    Task<long> CountAsync(CancellationToken cancellationToken);
}
