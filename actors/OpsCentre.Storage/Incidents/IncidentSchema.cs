using OpsCentre.Storage.Sql;

namespace OpsCentre.Storage.Incidents;

/// <summary>
/// The incidents side's tables beyond the incidents table itself (migration 1): the audit trail. Call
/// <see cref="Register"/> before opening the database.
/// </summary>
public static class IncidentSchema
{
    public static void Register() =>
        // Identity columns are the one place the engines' SQL differs.
        SchemaMigrations.Register(new Migration(100, "audit-log",
            AuditLog("entry_id INTEGER PRIMARY KEY AUTOINCREMENT"),
            PostgresSql: AuditLog("entry_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")));

    private static string AuditLog(string idColumn) => $"""
        CREATE TABLE IF NOT EXISTS audit_log (
            {idColumn},
            subject TEXT NOT NULL,
            subject_id TEXT NOT NULL,
            action TEXT NOT NULL,
            outcome TEXT NOT NULL,
            actor_name TEXT NOT NULL,
            actor_role TEXT NOT NULL,
            at_ms BIGINT NOT NULL,
            reason TEXT,
            from_state TEXT,
            to_state TEXT,
            version BIGINT);
        CREATE INDEX IF NOT EXISTS ix_audit_subject ON audit_log (subject, subject_id, entry_id);
        """;
}
