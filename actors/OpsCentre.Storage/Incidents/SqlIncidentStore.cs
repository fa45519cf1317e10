using System.Data.Common;
using System.Text.Json;
using OpsCentre.Contracts;
using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents;
using OpsCentre.Incidents.Audit;
using OpsCentre.Storage.Sql;

namespace OpsCentre.Storage.Incidents;

/// <summary>
/// Incidents in SQL: the searchable columns beside the whole incident as JSON. An upsert only replaces a row
/// with a strictly newer version, so replays and duplicates are no-ops; <see cref="TryWriteAsync"/> replaces it only
/// if it is still at the version the writer started from, and writes the audit entries in the same transaction.
/// </summary>
public sealed class SqlIncidentStore(Database database) : IIncidentStore
{
    private const string Upsert = """
        INSERT INTO incidents (incident_id, version, state, priority, kind, opened_at_ms, updated_at_ms, lat, lon, body)
        VALUES (@id, @version, @state, @priority, @kind, @opened, @updated, @lat, @lon, @body)
        ON CONFLICT (incident_id) DO UPDATE SET
            version = excluded.version, state = excluded.state, priority = excluded.priority, kind = excluded.kind,
            updated_at_ms = excluded.updated_at_ms, lat = excluded.lat, lon = excluded.lon, body = excluded.body
        WHERE excluded.version > incidents.version
        """;

    private const string InsertIfAbsent = """
        INSERT INTO incidents (incident_id, version, state, priority, kind, opened_at_ms, updated_at_ms, lat, lon, body)
        VALUES (@id, @version, @state, @priority, @kind, @opened, @updated, @lat, @lon, @body)
        ON CONFLICT (incident_id) DO NOTHING
        """;

    private const string UpdateIfUnchanged = """
        UPDATE incidents SET
            version = @version, state = @state, priority = @priority, kind = @kind, opened_at_ms = @opened,
            updated_at_ms = @updated, lat = @lat, lon = @lon, body = @body
        WHERE incident_id = @id AND version = @expected
        """;

    public Task<bool> TryWriteAsync(Incident next, long expectedVersion, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken)
    {
        if (next.Version <= expectedVersion)
        {
            throw new ArgumentException($"incident {next.IncidentId}: the new version {next.Version} must be above the expected {expectedVersion}", nameof(next));
        }

        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(expectedVersion == 0 ? InsertIfAbsent : UpdateIfUnchanged, transaction)
                .With("@id", next.IncidentId).With("@version", next.Version).With("@state", next.State.ToString()).With("@priority", next.Priority)
                .With("@kind", next.Kind).With("@opened", next.OpenedAt.ToUnixTimeMilliseconds()).With("@updated", next.UpdatedAt.ToUnixTimeMilliseconds())
                .With("@lat", next.Location.Lat).With("@lon", next.Location.Lon).With("@body", JsonSerializer.Serialize(next, ContractJson.Default.Incident));
            if (expectedVersion != 0)
            {
                command.With("@expected", expectedVersion);
            }

            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return false;
            }

            await AuditRows.InsertAsync(connection, transaction, audit, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Incident>> UpsertAsync(IReadOnlyCollection<Incident> incidents, CancellationToken cancellationToken)
    {
        if (incidents.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<Incident>>([]);
        }

        return database.WriteAsync<IReadOnlyList<Incident>>(async (connection, transaction) =>
        {
            var changed = new List<Incident>();
            await using var command = connection.Command(Upsert, transaction)
                .With("@id", null).With("@version", null).With("@state", null).With("@priority", null).With("@kind", null)
                .With("@opened", null).With("@updated", null).With("@lat", null).With("@lon", null).With("@body", null);
            foreach (var incident in incidents)
            {
                command.Set("@id", incident.IncidentId);
                command.Set("@version", incident.Version);
                command.Set("@state", incident.State.ToString());
                command.Set("@priority", incident.Priority);
                command.Set("@kind", incident.Kind);
                command.Set("@opened", incident.OpenedAt.ToUnixTimeMilliseconds());
                command.Set("@updated", incident.UpdatedAt.ToUnixTimeMilliseconds());
                command.Set("@lat", incident.Location.Lat);
                command.Set("@lon", incident.Location.Lon);
                command.Set("@body", JsonSerializer.Serialize(incident, ContractJson.Default.Incident));
                if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0)
                {
                    changed.Add(incident);
                }
            }

            return changed;
        }, cancellationToken);
    }

    public Task<Incident?> GetAsync(string incidentId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command("SELECT body FROM incidents WHERE incident_id = @id").With("@id", incidentId);
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string body ? Deserialize(body) : null;
        }, cancellationToken);

    public Task<IReadOnlyList<Incident>> QueryAsync(IncidentQuery query, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Incident>>(async connection =>
        {
            await using var command = connection.CreateCommand();
            var where = new List<string>();
            if (query.States is { Count: > 0 } states)
            {
                var names = states.Select((s, i) => (Name: $"@s{i}", Value: s.ToString())).ToList();
                where.Add($"state IN ({string.Join(",", names.Select(n => n.Name))})");
                names.ForEach(n => command.With(n.Name, n.Value));
            }

            AddFilter(where, command, query.MaxPriority, "priority <= @maxPriority", "@maxPriority");
            AddFilter(where, command, query.Kind, "kind = @kind", "@kind");
            AddFilter(where, command, query.From?.ToUnixTimeMilliseconds(), "opened_at_ms >= @from", "@from");
            AddFilter(where, command, query.To?.ToUnixTimeMilliseconds(), "opened_at_ms <= @to", "@to");
            if (query.Area is { } area)
            {
                where.Add("lat BETWEEN @south AND @north AND lon BETWEEN @west AND @east");
                command.With("@south", area.South).With("@north", area.North).With("@west", area.West).With("@east", area.East);
            }

            var limit = Math.Clamp(query.Limit, 1, IncidentQuery.MaxLimit);
            command.CommandText = $"SELECT body FROM incidents {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")} ORDER BY opened_at_ms DESC, incident_id LIMIT {limit}";
            var result = new List<Incident>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result.Add(Deserialize(reader.GetString(0)));
            }

            return result;
        }, cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.Command("SELECT COUNT(*) FROM incidents");
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken);

    private static void AddFilter<T>(List<string> where, DbCommand command, T? value, string clause, string name)
    {
        if (value is not null)
        {
            where.Add(clause);
            command.With(name, value);
        }
    }

    private static Incident Deserialize(string body) =>
        JsonSerializer.Deserialize(body, ContractJson.Default.Incident) ?? throw new InvalidDataException("stored incident body is null");
}
