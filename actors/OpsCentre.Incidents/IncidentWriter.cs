using OpsCentre.Contracts.Operations;

namespace OpsCentre.Incidents;

/// <summary>
/// Optimistic concurrency for incidents: read the stored version, compute the change from it, write only if nobody
/// wrote in between, otherwise read again and recompute. The change function must be pure (it may run several
/// times) and return null when there is nothing to write.
/// </summary>
public sealed class IncidentWriter(IIncidentStore store)
{
    /// <summary>Conflicts needing more retries than this mean a hot loop somewhere, not ordinary contention.</summary>
    public const int MaxAttempts = 8;

    public async Task<IncidentWriteResult> WriteAsync(string incidentId, Func<Incident?, IncidentChange?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var current = await store.GetAsync(incidentId, cancellationToken).ConfigureAwait(false);
            if (change(current) is not { } next)
            {
                return new IncidentWriteResult(current, Changed: false);
            }

            var baseVersion = current?.Version ?? 0;
            var versioned = next.Next with { Version = baseVersion + 1 };
            var audit = next.Audit.Select(entry => entry with { Version = versioned.Version }).ToList();
            if (await store.TryWriteAsync(versioned, baseVersion, audit, cancellationToken).ConfigureAwait(false))
            {
                return new IncidentWriteResult(versioned, Changed: true);
            }
        }

        throw new IncidentConcurrencyException(incidentId, MaxAttempts);
    }
}
