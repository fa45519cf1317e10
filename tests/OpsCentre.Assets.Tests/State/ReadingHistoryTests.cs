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
}
