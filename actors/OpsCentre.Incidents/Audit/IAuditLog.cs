namespace OpsCentre.Incidents.Audit;

/// <summary>The append-only audit trail. Entries that go with an incident change are written by the incident store in
/// the same transaction; this is for everything else (refusals, denials, partner actions).</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>A subject's entries, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(string subject, string subjectId, CancellationToken cancellationToken);
}
