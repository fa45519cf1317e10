using OpsCentre.Assets.State;

namespace OpsCentre.Assets.Tests.State;

public sealed class ReadingHistoryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_full_history_keeps_the_newest_readings_oldest_first()
    {
        var history = new ReadingHistory(3);
        for (var i = 0; i < 5; i++)
        {
            history.Add(Start.AddMinutes(i), i);
        }

        Assert.Equal([2.0, 3.0, 4.0], Enumerable.Range(0, history.Count).Select(history.ValueAt));
        Assert.Equal(new TimedValue(Start.AddMinutes(4), 4), history.Latest);
    }

    [Fact]
    public void Newest_returns_at_most_what_is_kept()
    {
        var history = new ReadingHistory(10);
        history.Add(Start, 1);
        history.Add(Start.AddMinutes(1), 2);

        Assert.Equal([new TimedValue(Start.AddMinutes(1), 2)], history.Newest(1));
        Assert.Equal(2, history.Newest(48).Count);
    }

    [Fact]
    public void A_value_comes_back_at_the_seven_digits_kept_not_as_float_noise()
    {
        var history = new ReadingHistory(2);
        history.Add(Start, 3.456);
        history.Add(Start.AddMinutes(1), 1234.567);

        Assert.Equal([3.456, 1234.567], Enumerable.Range(0, history.Count).Select(history.ValueAt));
    }

    [Fact]
    public void A_time_is_kept_to_the_second()
    {
        var history = new ReadingHistory(1);
        history.Add(Start.AddMilliseconds(1_999), 1);

        Assert.Equal(Start.AddSeconds(1), history.Latest!.Value.At);
    }

    [Fact]
    public void A_time_beyond_what_the_ring_can_hold_is_refused_rather_than_wrapped()
    {
        var history = new ReadingHistory(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => history.Add(new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero), 1));
        Assert.Equal(0, history.Count);
    }
}
