using OpsCentre.Congestion.Statistics;

namespace OpsCentre.Congestion.Tests.Statistics;

public class HourOfWeekTests
{
    [Fact]
    public void Monday_midnight_is_hour_zero_and_Sunday_23_is_the_last() 
    {
        Assert.Equal(0, HourOfWeek.Of(Series.Monday));
        Assert.Equal(167, HourOfWeek.Of(Series.Monday.AddDays(6).AddHours(23).AddMinutes(59)));
    }

    [Fact]
    public void Uses_the_local_clock_time_of_the_offset()
    {
        // 07:30 UTC is 08:30 in Copenhagen winter time: the 08:00 bin, not 07:00.
        var copenhagen = new DateTimeOffset(2024, 3, 5, 8, 30, 0, TimeSpan.FromHours(1));

        Assert.Equal(24 + 8, HourOfWeek.Of(copenhagen));
        Assert.Equal("Tue 08:00", HourOfWeek.Label(32));
        Assert.Equal(DayOfWeek.Tuesday, HourOfWeek.DayOf(32));
    }
}
