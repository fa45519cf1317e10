using OpsCentre.Incidents.Audit;
using OpsCentre.Storage.Sql;

namespace OpsCentre.Storage.Incidents;

/// <summary>The audit trail in SQL (table audit_log; see <see cref="IncidentSchema"/>). Append-only: nothing here
/// updates or deletes a row.</summary>
public sealed class SqlAuditLog(Database database) : IAuditLog
{
    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await AuditRows.InsertAsync(connection, transaction, [entry], cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(string subject, string subjectId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<AuditEntry>>(async connection =>
        {
            await using var command = connection.Command($"SELECT {AuditRows.Columns} FROM audit_log WHERE subject = @subject AND subject_id = @id ORDER BY entry_id")
                .With("@subject", subject).With("@id", subjectId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var entries = new List<AuditEntry>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entries.Add(AuditRows.Read(reader));
            }

            return entries;
        }, cancellationToken);
}
