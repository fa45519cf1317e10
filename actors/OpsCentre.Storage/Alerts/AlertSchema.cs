using OpsCentre.Storage.Sql;

namespace OpsCentre.Storage.Alerts;

/// <summary>Tables for partners, their alerts and the outbox of CAP messages. Call <see cref="Register"/> before opening
/// the database.</summary>
public static class AlertSchema
{
    public static void Register()
    {
        SchemaMigrations.Register(new Migration(200, "partners", """
            CREATE TABLE IF NOT EXISTS partners (
                partner_id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                service TEXT NOT NULL,
                endpoint TEXT NOT NULL,
                routes TEXT NOT NULL,
                active INTEGER NOT NULL,
                api_key_hash TEXT NOT NULL UNIQUE,
                signing_secret TEXT NOT NULL,
                registered_at_ms BIGINT NOT NULL);
            """));
        SchemaMigrations.Register(new Migration(201, "partner-alerts-and-outbox", """
            CREATE TABLE IF NOT EXISTS partner_alerts (
                alert_id TEXT PRIMARY KEY,
                incident_id TEXT NOT NULL,
                partner_id TEXT NOT NULL,
                priority INTEGER NOT NULL,
                phase TEXT NOT NULL,
                last_incident_version BIGINT NOT NULL,
                fingerprint TEXT NOT NULL,
                sent_messages TEXT NOT NULL,
                alerted_at_ms BIGINT NOT NULL,
                updated_at_ms BIGINT NOT NULL,
                delivered_at_ms BIGINT,
                acknowledged_at_ms BIGINT,
                acknowledged_by TEXT,
                escalated_at_ms BIGINT);
            CREATE INDEX IF NOT EXISTS ix_partner_alerts_incident ON partner_alerts (incident_id);
            CREATE INDEX IF NOT EXISTS ix_partner_alerts_partner ON partner_alerts (partner_id, alerted_at_ms);
            CREATE INDEX IF NOT EXISTS ix_partner_alerts_awaiting ON partner_alerts (phase, acknowledged_at_ms, escalated_at_ms);
            CREATE TABLE IF NOT EXISTS alert_outbox (
                identifier TEXT PRIMARY KEY,
                alert_id TEXT NOT NULL,
                incident_id TEXT NOT NULL,
                partner_id TEXT NOT NULL,
                incident_version BIGINT NOT NULL,
                msg_type TEXT NOT NULL,
                cap_xml TEXT NOT NULL,
                created_at_ms BIGINT NOT NULL,
                state TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                next_attempt_at_ms BIGINT NOT NULL,
                lease_until_ms BIGINT,
                last_error TEXT,
                delivered_at_ms BIGINT);
            CREATE INDEX IF NOT EXISTS ix_alert_outbox_due ON alert_outbox (state, next_attempt_at_ms);
            CREATE INDEX IF NOT EXISTS ix_alert_outbox_alert ON alert_outbox (alert_id, incident_version);
            """));
    }
}
