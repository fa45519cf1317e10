using OpsCentre.Ingest.Replay;

namespace OpsCentre.Ingest.Tests.Replay;

public sealed class LocalTimesTests
{
    private static readonly TimeZoneInfo Madrid = LocalTimes.Zone("Europe/Madrid");

    [Fact]
    public void Ordinary_local_time_uses_that_days_offset()
    {
        Assert.Equal(new DateTimeOffset(2021, 7, 1, 10, 0, 0, TimeSpan.Zero), new LocalTimes(Madrid).Parse("2021-07-01 12:00:00"));
        Assert.Equal(new DateTimeOffset(2021, 1, 1, 11, 0, 0, TimeSpan.Zero), new LocalTimes(Madrid).Parse("2021-01-01T12:00"));
    }

    [Fact]
    public void Time_repeated_when_clocks_go_back_is_the_first_occurrence() =>
        Assert.Equal(new DateTimeOffset(2020, 10, 25, 0, 30, 0, TimeSpan.Zero), new LocalTimes(Madrid).Parse("2020-10-25 02:30:00"));

    [Fact]
    public void Time_skipped_when_clocks_go_forward_uses_the_offset_before_the_change() =>
        Assert.Equal(new DateTimeOffset(2021, 3, 28, 1, 30, 0, TimeSpan.Zero), new LocalTimes(Madrid).Parse("2021-03-28 02:30:00"));

    [Fact]
    public void Consecutive_times_across_a_clock_change_stay_in_order()
    {
        var times = new LocalTimes(Madrid);
        var instants = new[] { "2020-10-25 01:30:00", "2020-10-25 02:00:00", "2020-10-25 02:30:00", "2020-10-25 03:00:00", "2020-10-25 03:30:00" }
            .Select(t => times.Parse(t)!.Value)
            .ToList();

        Assert.Equal(instants.Order(), instants);
        Assert.Equal(new DateTimeOffset(2020, 10, 25, 2, 0, 0, TimeSpan.Zero), instants[3]); // 03:00 CET, after the overlap
    }

    [Fact]
    public void Unparseable_timestamp_is_null() => Assert.Null(new LocalTimes(Madrid).Parse("yesterday"));

    [Fact]
    public void Unknown_time_zone_is_refused() => Assert.Throws<ArgumentException>(() => LocalTimes.Zone("Nowhere/Special"));
}
