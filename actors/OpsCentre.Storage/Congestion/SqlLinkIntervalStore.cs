using System.Data.Common;
using OpsCentre.Storage.Sql;

namespace OpsCentre.Storage.Congestion;

/// <summary>
/// Link intervals in SQL (SQLite or PostgreSQL), keeping the contract of <see cref="ILinkIntervalStore"/>. A row is
/// replaced only by an aggregate that has seen a reading at least as new, so a stale writer (a node that lost the
/// partition while writing) cannot roll an interval back.
/// </summary>
public sealed class SqlLinkIntervalStore(Database database) : ILinkIntervalStore
{
    private const string Columns = "link_id, interval_start_ms, interval_ms, readings, mean_speed_kmh, mean_travel_time_s, mean_flow_vph, last_observed_ms";

    private const string Upsert = $"""
        INSERT INTO link_intervals ({Columns})
        VALUES (@link, @start, @length, @readings, @speed, @travel, @flow, @last)
        ON CONFLICT (link_id, interval_start_ms) DO UPDATE SET
            interval_ms = excluded.interval_ms, readings = excluded.readings, mean_speed_kmh = excluded.mean_speed_kmh,
            mean_travel_time_s = excluded.mean_travel_time_s, mean_flow_vph = excluded.mean_flow_vph,
            last_observed_ms = excluded.last_observed_ms
        WHERE excluded.last_observed_ms >= link_intervals.last_observed_ms
        """;

    public Task WriteAsync(IReadOnlyCollection<LinkInterval> intervals, CancellationToken cancellationToken)
    {
        if (intervals.Count == 0)
        {
            return Task.CompletedTask;
        }

        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var upsert = connection.Command(Upsert, transaction)
                .With("@link", null).With("@start", null).With("@length", null).With("@readings", null)
                .With("@speed", null).With("@travel", null).With("@flow", null).With("@last", null);
            foreach (var interval in intervals)
            {
                upsert.Set("@link", interval.LinkId);
                upsert.Set("@start", interval.Start.ToUnixTimeMilliseconds());
                upsert.Set("@length", (long)interval.Length.TotalMilliseconds);
                upsert.Set("@readings", interval.Readings);
                upsert.Set("@speed", interval.MeanSpeedKmh);
                upsert.Set("@travel", interval.MeanTravelTimeSeconds);
                upsert.Set("@flow", interval.MeanFlowVehiclesPerHour);
                upsert.Set("@last", interval.LastObservedAt.ToUnixTimeMilliseconds());
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return intervals.Count;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<LinkInterval>> LatestAsync(string linkId, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return database.ReadAsync<IReadOnlyList<LinkInterval>>(async connection =>
        {
            await using var command = connection.Command(
                    $"SELECT {Columns} FROM link_intervals WHERE link_id = @link ORDER BY interval_start_ms DESC LIMIT @count")
                .With("@link", linkId).With("@count", count);
            var newestFirst = await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
            newestFirst.Reverse();
            return newestFirst;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<LinkInterval>> RangeAsync(string? linkId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<LinkInterval>>(async connection =>
        {
            var filter = linkId is null ? string.Empty : "link_id = @link AND ";
            await using var command = connection.Command(
                    $"SELECT {Columns} FROM link_intervals WHERE {filter}interval_start_ms >= @from AND interval_start_ms < @to ORDER BY link_id, interval_start_ms")
                .With("@from", from.ToUnixTimeMilliseconds()).With("@to", to.ToUnixTimeMilliseconds());
            if (linkId is not null)
            {
                command.With("@link", linkId);
            }

            return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private static async Task<List<LinkInterval>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var intervals = new List<LinkInterval>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            intervals.Add(new LinkInterval(
                reader.GetString(0),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                TimeSpan.FromMilliseconds(reader.GetInt64(2)),
                reader.GetInt32(3),
                reader.GetDouble(4),
                reader.GetDouble(5),
                reader.GetDouble(6),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7))));
        }

        return intervals;
    }
}
