using OpsCentre.Storage.Congestion;

namespace OpsCentre.Storage.Tests.Congestion;

/// <summary>Behaviour every <see cref="ILinkIntervalStore"/> engine must show, run against SQLite and PostgreSQL.</summary>
internal static class IntervalStoreScenarios
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    public static LinkInterval Interval(string linkId, int index, int readings, double speed, int lastReadingMinute = 4) => new(
        linkId,
        Start.AddMinutes(5 * index),
        TimeSpan.FromMinutes(5),
        readings,
        speed,
        1000 / (speed / 3.6),
        600,
        Start.AddMinutes((5 * index) + lastReadingMinute));

    public static async Task WritingAnIntervalAgainReplacesItAsync(ILinkIntervalStore store)
    {
        await store.WriteAsync([Interval("link-a", 0, readings: 2, speed: 30, lastReadingMinute: 1)], CancellationToken.None);

        await store.WriteAsync([Interval("link-a", 0, readings: 5, speed: 40)], CancellationToken.None);
        await store.WriteAsync([Interval("link-a", 0, readings: 5, speed: 40)], CancellationToken.None);

        var stored = Assert.Single(await store.RangeAsync("link-a", Start, Start.AddHours(1), CancellationToken.None));
        Assert.Equal(Interval("link-a", 0, readings: 5, speed: 40), stored);
    }

    public static async Task AnOlderAggregateNeverRollsAnIntervalBackAsync(ILinkIntervalStore store)
    {
        await store.WriteAsync([Interval("link-a", 0, readings: 5, speed: 40, lastReadingMinute: 4)], CancellationToken.None);

        await store.WriteAsync([Interval("link-a", 0, readings: 2, speed: 10, lastReadingMinute: 1)], CancellationToken.None);

        Assert.Equal(5, Assert.Single(await store.RangeAsync("link-a", Start, Start.AddHours(1), CancellationToken.None)).Readings);
    }

    public static async Task RangeIsHalfOpenAndOrderedByLinkThenTimeAsync(ILinkIntervalStore store)
    {
        await store.WriteAsync(
            [Interval("link-b", 1, 5, 30), Interval("link-a", 2, 5, 30), Interval("link-a", 0, 5, 30), Interval("link-a", 3, 5, 30)],
            CancellationToken.None);

        var found = await store.RangeAsync(null, Start, Start.AddMinutes(15), CancellationToken.None);

        Assert.Equal([("link-a", 0), ("link-a", 10), ("link-b", 5)], found.Select(i => (i.LinkId, (int)(i.Start - Start).TotalMinutes)));
    }

    public static async Task LatestReturnsTheNewestIntervalsOldestFirstAsync(ILinkIntervalStore store)
    {
        await store.WriteAsync([.. Enumerable.Range(0, 6).Select(i => Interval("link-a", i, 5, 20 + i)), Interval("link-b", 9, 5, 30)], CancellationToken.None);

        var latest = await store.LatestAsync("link-a", 3, CancellationToken.None);

        Assert.Equal([3, 4, 5], latest.Select(i => (int)(i.Start - Start).TotalMinutes / 5));
        Assert.All(latest, i => Assert.Equal("link-a", i.LinkId));
    }
}
