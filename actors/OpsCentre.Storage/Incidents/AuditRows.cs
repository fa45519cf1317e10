using System.Data.Common;
using OpsCentre.Incidents.Audit;
using OpsCentre.Storage.Sql;

namespace OpsCentre.Storage.Incidents;

/// <summary>Reads and writes audit_log rows, inside whatever transaction the caller holds.</summary>
internal static class AuditRows
{
    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await using var command = connection.Command("""
            INSERT INTO audit_log (subject, subject_id, action, outcome, actor_name, actor_role, at_ms, reason, from_state, to_state, version)
            VALUES (@subject, @subjectId, @action, @outcome, @actor, @role, @at, @reason, @from, @to, @version)
            """, transaction)
            .With("@subject", null).With("@subjectId", null).With("@action", null).With("@outcome", null).With("@actor", null)
            .With("@role", null).With("@at", null).With("@reason", null).With("@from", null).With("@to", null).With("@version", null);
        foreach (var entry in entries)
        {
            command.Set("@subject", entry.Subject);
            command.Set("@subjectId", entry.SubjectId);
            command.Set("@action", entry.Action);
            command.Set("@outcome", entry.Outcome.ToString());
            command.Set("@actor", entry.Actor.Name);
            command.Set("@role", entry.Actor.Role.ToString());
            command.Set("@at", entry.At.ToUnixTimeMilliseconds());
            command.Set("@reason", entry.Reason);
            command.Set("@from", entry.FromState);
            command.Set("@to", entry.ToState);
            command.Set("@version", entry.Version);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static AuditEntry Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        Enum.Parse<AuditOutcome>(reader.GetString(3)),
        new Actor(reader.GetString(4), Enum.Parse<ActorRole>(reader.GetString(5))),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.IsDBNull(9) ? null : reader.GetString(9),
        reader.IsDBNull(10) ? null : reader.GetInt64(10));

    public const string Columns = "subject, subject_id, action, outcome, actor_name, actor_role, at_ms, reason, from_state, to_state, version";
}
