using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Audit;

namespace OpsCentre.Incidents;

/// <summary>
/// Durable incidents. <see cref="UpsertAsync"/> is idempotent by incident id and version (writing the same or an
/// older version again changes nothing); <see cref="TryWriteAsync"/> is the compare-and-set the correlator and the
/// lifecycle use so that neither overwrites a change the other made in between.
/// </summary>
public interface IIncidentStore
{
    /// <summary>Writes all incidents in one transaction; returns those that changed the store.</summary>
    Task<IReadOnlyList<Incident>> UpsertAsync(IReadOnlyCollection<Incident> incidents, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="next"/> and its audit entries in one transaction if the stored version is still
    /// <paramref name="expectedVersion"/> (0 = not stored yet). False means another writer got there first: reload
    /// and re-apply the change (see <see cref="IncidentWriter"/>).
    /// </summary>
    Task<bool> TryWriteAsync(Incident next, long expectedVersion, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken);

    Task<Incident?> GetAsync(string incidentId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Incident>> QueryAsync(IncidentQuery query, CancellationToken cancellationToken);

    Task<long> CountAsync(CancellationToken cancellationToken);
}
