using OpsCentre.Detection.Ensemble;

namespace OpsCentre.Detection.Tests.Ensemble;

public class ForgettingClockTests
{
    private static readonly DateTime Start = new(2024, 1, 1);
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    [Fact]
    public void The_first_reading_counts_for_nothing()
    {
        Assert.Equal(TimeSpan.Zero, new ForgettingClock().Advance(Start));
    }

    [Fact]
    public void A_regular_stream_counts_its_whole_interval()
    {
        var clock = WarmedUp(HalfHour, readings: 40);

        Assert.Equal(HalfHour, clock.Advance(Start + 40 * HalfHour));
    }

    [Fact]
    public void A_gap_counts_as_one_typical_interval()
    {
        var clock = WarmedUp(HalfHour, readings: 40);

        Assert.Equal(HalfHour, clock.Advance(Start + 39 * HalfHour + TimeSpan.FromDays(3)));
    }

    [Fact]
    public void Repeated_and_backward_timestamps_count_for_nothing_and_do_not_rewind_the_clock()
    {
        var clock = WarmedUp(HalfHour, readings: 40);
        var last = Start + 39 * HalfHour;

        Assert.Equal(TimeSpan.Zero, clock.Advance(last));
        Assert.Equal(TimeSpan.Zero, clock.Advance(last - TimeSpan.FromHours(2)));
        Assert.Equal(HalfHour, clock.Advance(last + HalfHour));
    }

    [Fact]
    public void A_new_reporting_rate_is_adopted_once_it_dominates_the_recent_intervals()
    {
        var clock = WarmedUp(HalfHour, readings: 40);
        var time = Start + 39 * HalfHour;
        var counted = TimeSpan.Zero;
        for (var i = 0; i < 40; i++)
        {
            time += TimeSpan.FromHours(2);
            counted = clock.Advance(time);
        }

        Assert.Equal(TimeSpan.FromHours(2), counted);
    }

    private static ForgettingClock WarmedUp(TimeSpan interval, int readings)
    {
        var clock = new ForgettingClock();
        for (var i = 0; i < readings; i++)
        {
            clock.Advance(Start + i * interval);
        }

        return clock;
    }
}
