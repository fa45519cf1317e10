using OpsCentre.Storage.Sql;

namespace OpsCentre.Storage.Congestion;

/// <summary>
/// The link-interval table: one row per road link and interval start, holding the interval's aggregate (readings,
/// mean speed, travel time and flow) and the newest reading folded into it. The key makes every write an idempotent
/// replace, and the newest reading lets a restarted stage skip readings it has already counted. Call
/// <see cref="Register"/> before opening the database.
/// </summary>
public static class CongestionSchema
{
    public static void Register()
    {
        SchemaMigrations.Register(new Migration(400, "link-intervals", """
            CREATE TABLE IF NOT EXISTS link_intervals (
                link_id TEXT NOT NULL,
                interval_start_ms BIGINT NOT NULL,
                interval_ms BIGINT NOT NULL,
                readings INTEGER NOT NULL,
                mean_speed_kmh DOUBLE PRECISION NOT NULL,
                mean_travel_time_s DOUBLE PRECISION NOT NULL,
                mean_flow_vph DOUBLE PRECISION NOT NULL,
                last_observed_ms BIGINT NOT NULL,
                PRIMARY KEY (link_id, interval_start_ms));
            CREATE INDEX IF NOT EXISTS ix_link_intervals_start ON link_intervals (interval_start_ms);
            """));
    }
}
