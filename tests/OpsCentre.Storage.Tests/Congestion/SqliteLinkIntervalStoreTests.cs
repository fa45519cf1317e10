using OpsCentre.Storage.Congestion;
using OpsCentre.Storage.Sql;

namespace OpsCentre.Storage.Tests.Congestion;

/// <summary>The link-interval store on a SQLite file (the single-node default).</summary>
public sealed class SqliteLinkIntervalStoreTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "opscentre-intervals-" + Guid.NewGuid().ToString("N")[..8]);
    private Database _database = null!;
    private SqlLinkIntervalStore _store = null!;

    public async Task InitializeAsync()
    {
        _database = await Database.OpenAsync(StoreLocation.Parse(Path.Combine(_folder, "intervals.db")));
        _store = new SqlLinkIntervalStore(_database);
    }

    [Fact]
    public Task Writing_an_interval_again_replaces_it_instead_of_adding_a_second_row() => IntervalStoreScenarios.WritingAnIntervalAgainReplacesItAsync(_store);

    [Fact]
    public Task An_aggregate_of_older_readings_never_rolls_an_interval_back() => IntervalStoreScenarios.AnOlderAggregateNeverRollsAnIntervalBackAsync(_store);

    [Fact]
    public Task A_range_is_half_open_and_ordered_by_link_then_time() => IntervalStoreScenarios.RangeIsHalfOpenAndOrderedByLinkThenTimeAsync(_store);

    [Fact]
    public Task Latest_returns_a_links_newest_intervals_oldest_first() => IntervalStoreScenarios.LatestReturnsTheNewestIntervalsOldestFirstAsync(_store);

    [Fact]
    public async Task Intervals_survive_closing_and_reopening_the_database()
    {
        await _store.WriteAsync([IntervalStoreScenarios.Interval("link-a", 0, 5, 30)], CancellationToken.None);
        await _database.DisposeAsync();

        _database = await Database.OpenAsync(StoreLocation.Parse(Path.Combine(_folder, "intervals.db")));

        var reopened = new SqlLinkIntervalStore(_database);
        Assert.Equal(IntervalStoreScenarios.Interval("link-a", 0, 5, 30), Assert.Single(await reopened.LatestAsync("link-a", 10, CancellationToken.None)));
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
