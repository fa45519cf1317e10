using OpsCentre.Storage.Congestion;
using OpsCentre.Storage.Sql;
using OpsCentre.Tests.Postgres;

namespace OpsCentre.Storage.Tests.Congestion;

/// <summary>The link-interval store on a throwaway PostgreSQL server (the multi-node store): same SQL, other engine.</summary>
public sealed class PostgresLinkIntervalStoreTests(ThrowawayPostgres postgres) : IClassFixture<ThrowawayPostgres>
{
    [PostgresFact]
    public async Task Writing_an_interval_again_replaces_it_instead_of_adding_a_second_row()
    {
        await using var database = await OpenAsync();
        await IntervalStoreScenarios.WritingAnIntervalAgainReplacesItAsync(new SqlLinkIntervalStore(database));
    }

    [PostgresFact]
    public async Task An_aggregate_of_older_readings_never_rolls_an_interval_back()
    {
        await using var database = await OpenAsync();
        await IntervalStoreScenarios.AnOlderAggregateNeverRollsAnIntervalBackAsync(new SqlLinkIntervalStore(database));
    }

    [PostgresFact]
    public async Task A_range_is_half_open_and_ordered_by_link_then_time_and_latest_is_oldest_first()
    {
        await using var database = await OpenAsync();
        var store = new SqlLinkIntervalStore(database);
        await IntervalStoreScenarios.RangeIsHalfOpenAndOrderedByLinkThenTimeAsync(store);
        await IntervalStoreScenarios.LatestReturnsTheNewestIntervalsOldestFirstAsync(store);
    }

    private async Task<Database> OpenAsync() => await Database.OpenAsync(StoreLocation.Parse(await postgres.CreateDatabaseAsync()));
}
