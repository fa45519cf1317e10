using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using OpsCentre.Alerts.Alerting;
using OpsCentre.Alerts.Cap;
using OpsCentre.Storage.Sql;

namespace OpsCentre.Storage.Alerts;

/// <summary>
/// Partner alerts (partner_alerts) and the outbox of their CAP messages (alert_outbox). Every state change is a
/// conditional UPDATE, so concurrent planners, delivery workers and monitors on several nodes cannot undo each other:
/// planning only moves an alert to a later incident version, a lease is taken only if free or expired, an
/// acknowledgement or escalation is recorded only once.
/// </summary>
public sealed class SqlAlertStore(Database database) : IAlertStore
{
    private const string AlertColumns = """
        alert_id, incident_id, partner_id, priority, phase, last_incident_version, fingerprint, sent_messages, alerted_at_ms,
        updated_at_ms, delivered_at_ms, acknowledged_at_ms, acknowledged_by, escalated_at_ms
        """;

    private const string MessageColumns = """
        identifier, alert_id, incident_id, partner_id, incident_version, msg_type, cap_xml, created_at_ms, state, attempts,
        next_attempt_at_ms, last_error, delivered_at_ms
        """;

    public Task<IReadOnlyList<PartnerAlert>> ForIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        AlertsAsync($"SELECT {AlertColumns} FROM partner_alerts WHERE incident_id = @p ORDER BY partner_id", incidentId, cancellationToken);

    public async Task<PartnerAlert?> GetAsync(string alertId, CancellationToken cancellationToken) =>
        (await AlertsAsync($"SELECT {AlertColumns} FROM partner_alerts WHERE alert_id = @p", alertId, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    public Task<IReadOnlyList<PartnerAlert>> ForPartnerAsync(string partnerId, int limit, CancellationToken cancellationToken) =>
        AlertsAsync($"SELECT {AlertColumns} FROM partner_alerts WHERE partner_id = @p ORDER BY alerted_at_ms DESC, alert_id LIMIT {Math.Clamp(limit, 1, 10_000)}", partnerId, cancellationToken);

    public Task<IReadOnlyList<PartnerAlert>> AwaitingAcknowledgementAsync(CancellationToken cancellationToken) =>
        AlertsAsync($"SELECT {AlertColumns} FROM partner_alerts WHERE phase = @p AND acknowledged_at_ms IS NULL AND escalated_at_ms IS NULL ORDER BY alerted_at_ms",
            nameof(PartnerAlertPhase.Active), cancellationToken);

    public Task<bool> SavePlanAsync(PartnerAlert alert, AlertMessage? message, bool restart, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var insert = Describe(connection.Command($"""
                INSERT INTO partner_alerts ({AlertColumns})
                VALUES (@id, @incident, @partner, @priority, @phase, @version, @fingerprint, @sent, @alerted, @updated, NULL, NULL, NULL, NULL)
                ON CONFLICT (alert_id) DO NOTHING
                """, transaction), alert))
            {
                if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                {
                    var reset = restart ? ", delivered_at_ms = NULL, acknowledged_at_ms = NULL, acknowledged_by = NULL, escalated_at_ms = NULL" : "";
                    await using var update = Describe(connection.Command($"""
                        UPDATE partner_alerts SET priority = @priority, phase = @phase, last_incident_version = @version, fingerprint = @fingerprint,
                            sent_messages = @sent, alerted_at_ms = @alerted, updated_at_ms = @updated{reset}
                        WHERE alert_id = @id AND last_incident_version < @version
                        """, transaction), alert);
                    if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                    {
                        return false;
                    }
                }
            }

            if (message is not null)
            {
                await using var outbox = connection.Command($"""
                    INSERT INTO alert_outbox ({MessageColumns}, lease_until_ms)
                    VALUES (@identifier, @alert, @incident, @partner, @version, @type, @xml, @created, @state, 0, @next, NULL, NULL, NULL)
                    ON CONFLICT (identifier) DO NOTHING
                    """, transaction)
                    .With("@identifier", message.Identifier).With("@alert", message.AlertId).With("@incident", message.IncidentId)
                    .With("@partner", message.PartnerId).With("@version", message.IncidentVersion).With("@type", message.MsgType.ToString())
                    .With("@xml", message.CapXml).With("@created", message.CreatedAt.ToUnixTimeMilliseconds())
                    .With("@state", nameof(DeliveryState.Pending)).With("@next", (message.NextAttemptAt ?? message.CreatedAt).ToUnixTimeMilliseconds());
                await outbox.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken);

    public Task<IReadOnlyList<AlertMessage>> MessagesAsync(string alertId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<AlertMessage>>(async connection =>
        {
            await using var command = connection.Command($"SELECT {MessageColumns} FROM alert_outbox WHERE alert_id = @id ORDER BY incident_version").With("@id", alertId);
            return await ReadMessagesAsync(command, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<AlertMessage?> MessageAsync(string identifier, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command($"SELECT {MessageColumns} FROM alert_outbox WHERE identifier = @id").With("@id", identifier);
            return (await ReadMessagesAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
        }, cancellationToken);

    public Task<IReadOnlyList<AlertMessage>> LeaseDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<AlertMessage>>(async (connection, transaction) =>
        {
            var nowMs = now.ToUnixTimeMilliseconds();
            var candidates = new List<string>();
            // One message per alert at a time, oldest version first: a partner never gets an Update before its Alert.
            await using (var due = connection.Command($"""
                SELECT o.identifier FROM alert_outbox o
                WHERE o.state = @pending AND o.next_attempt_at_ms <= @now AND (o.lease_until_ms IS NULL OR o.lease_until_ms <= @now)
                  AND NOT EXISTS (SELECT 1 FROM alert_outbox earlier
                                  WHERE earlier.alert_id = o.alert_id AND earlier.state = @pending AND earlier.incident_version < o.incident_version)
                ORDER BY o.created_at_ms, o.identifier
                LIMIT {Math.Clamp(max, 1, 1_000)}
                """, transaction).With("@pending", nameof(DeliveryState.Pending)).With("@now", nowMs))
            await using (var reader = await due.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    candidates.Add(reader.GetString(0));
                }
            }

            var leased = new List<AlertMessage>();
            await using var take = connection.Command("""
                UPDATE alert_outbox SET lease_until_ms = @until
                WHERE identifier = @id AND state = @pending AND (lease_until_ms IS NULL OR lease_until_ms <= @now)
                """, transaction).With("@until", (now + lease).ToUnixTimeMilliseconds()).With("@id", null).With("@pending", nameof(DeliveryState.Pending)).With("@now", nowMs);
            await using var read = connection.Command($"SELECT {MessageColumns} FROM alert_outbox WHERE identifier = @id", transaction).With("@id", null);
            foreach (var identifier in candidates)
            {
                take.Set("@id", identifier);
                if (await take.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
                {
                    read.Set("@id", identifier);
                    leased.AddRange(await ReadMessagesAsync(read, cancellationToken).ConfigureAwait(false));
                }
            }

            return leased;
        }, cancellationToken);

    public Task MarkDeliveredAsync(string identifier, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using (var message = connection.Command("""
                UPDATE alert_outbox SET state = @delivered, delivered_at_ms = @at, attempts = attempts + 1, lease_until_ms = NULL, last_error = NULL
                WHERE identifier = @id
                """, transaction).With("@delivered", nameof(DeliveryState.Delivered)).With("@at", at.ToUnixTimeMilliseconds()).With("@id", identifier))
            {
                await message.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var alert = connection.Command("""
                UPDATE partner_alerts SET delivered_at_ms = @at
                WHERE alert_id = (SELECT alert_id FROM alert_outbox WHERE identifier = @id) AND delivered_at_ms IS NULL
                """, transaction).With("@at", at.ToUnixTimeMilliseconds()).With("@id", identifier);
            return await alert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task RescheduleAsync(string identifier, int attempts, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE alert_outbox SET attempts = @attempts, next_attempt_at_ms = @next, last_error = @error, lease_until_ms = NULL WHERE identifier = @id",
            cancellationToken, ("@attempts", attempts), ("@next", nextAttemptAt.ToUnixTimeMilliseconds()), ("@error", error), ("@id", identifier));

    public Task MarkFailedAsync(string identifier, int attempts, string error, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE alert_outbox SET state = @failed, attempts = @attempts, last_error = @error, lease_until_ms = NULL WHERE identifier = @id",
            cancellationToken, ("@failed", nameof(DeliveryState.Failed)), ("@attempts", attempts), ("@error", error), ("@id", identifier));

    public async Task<bool> AcknowledgeAsync(string alertId, string by, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ExecuteAsync("UPDATE partner_alerts SET acknowledged_at_ms = @at, acknowledged_by = @by WHERE alert_id = @id AND acknowledged_at_ms IS NULL",
            cancellationToken, ("@at", at.ToUnixTimeMilliseconds()), ("@by", by), ("@id", alertId)).ConfigureAwait(false) == 1;

    public async Task<bool> MarkEscalatedAsync(string alertId, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ExecuteAsync("UPDATE partner_alerts SET escalated_at_ms = @at WHERE alert_id = @id AND escalated_at_ms IS NULL AND acknowledged_at_ms IS NULL",
            cancellationToken, ("@at", at.ToUnixTimeMilliseconds()), ("@id", alertId)).ConfigureAwait(false) == 1;

    private Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(sql, transaction);
            foreach (var (name, value) in parameters)
            {
                command.With(name, value);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private Task<IReadOnlyList<PartnerAlert>> AlertsAsync(string sql, string parameter, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<PartnerAlert>>(async connection =>
        {
            await using var command = connection.Command(sql).With("@p", parameter);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var alerts = new List<PartnerAlert>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                alerts.Add(new PartnerAlert(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture),
                    Enum.Parse<PartnerAlertPhase>(reader.GetString(4)),
                    reader.GetInt64(5),
                    reader.GetString(6),
                    JsonSerializer.Deserialize(reader.GetString(7), AlertStoreJson.Default.ListString) ?? [],
                    Time(reader, 8)!.Value,
                    Time(reader, 9)!.Value,
                    Time(reader, 10),
                    Time(reader, 11),
                    reader.IsDBNull(12) ? null : reader.GetString(12),
                    Time(reader, 13)));
            }

            return alerts;
        }, cancellationToken);

    private static DbCommand Describe(DbCommand command, PartnerAlert alert) => command
        .With("@id", alert.AlertId).With("@incident", alert.IncidentId).With("@partner", alert.PartnerId).With("@priority", alert.Priority)
        .With("@phase", alert.Phase.ToString()).With("@version", alert.LastIncidentVersion).With("@fingerprint", alert.Fingerprint)
        .With("@sent", JsonSerializer.Serialize(alert.SentMessages.ToList(), AlertStoreJson.Default.ListString))
        .With("@alerted", alert.AlertedAt.ToUnixTimeMilliseconds()).With("@updated", alert.UpdatedAt.ToUnixTimeMilliseconds());

    private static async Task<IReadOnlyList<AlertMessage>> ReadMessagesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var messages = new List<AlertMessage>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            messages.Add(new AlertMessage(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetInt64(4),
                Enum.Parse<CapMessageType>(reader.GetString(5)),
                reader.GetString(6),
                Time(reader, 7)!.Value,
                Enum.Parse<DeliveryState>(reader.GetString(8)),
                Convert.ToInt32(reader.GetValue(9), CultureInfo.InvariantCulture),
                Time(reader, 10),
                reader.IsDBNull(11) ? null : reader.GetString(11),
                Time(reader, 12)));
        }

        return messages;
    }

    private static DateTimeOffset? Time(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));
}
