using OpsCentre.Congestion.Trends;

namespace OpsCentre.Congestion.Tests.Trends;

public class DailyChangeCalculatorTests
{
    private static readonly DateOnly Start = new(2024, 3, 4);

    [Fact]
    public void Day_over_day_and_week_over_week_are_percent_changes()
    {
        var days = Enumerable.Range(0, 8).Select(i => new DailyValue(Start.AddDays(i), 100 + 10 * i, 24)).ToList();

        var changes = DailyChangeCalculator.Calculate(days);
        var last = changes[^1]; // value 170, day before 160, a week before 100

        Assert.Null(changes[0].DayOverDayPercent);
        Assert.Equal(10.0, changes[1].DayOverDayPercent!.Value, 10);
        Assert.Equal(6.25, last.DayOverDayPercent!.Value, 10);
        Assert.Equal(70.0, last.WeekOverWeekPercent!.Value, 10);
        Assert.Null(changes[6].WeekOverWeekPercent);
    }

    [Fact]
    public void A_missing_comparison_day_gives_no_change()
    {
        var changes = DailyChangeCalculator.Calculate([new DailyValue(Start, 100, 24), new DailyValue(Start.AddDays(2), 50, 24)]);

        Assert.Null(changes[1].DayOverDayPercent);
    }

    [Fact]
    public void Daily_sums_and_means_use_the_local_date()
    {
        var late = new DateTimeOffset(2024, 3, 4, 23, 30, 0, TimeSpan.FromHours(2)); // 21:30 UTC, still the 4th locally
        var samples = new[] { (late, 2.0), (late.AddHours(1), 4.0), (late.AddHours(1.2), 6.0) };

        var sums = DailyAggregation.Sum(samples);
        var means = DailyAggregation.Mean(samples);

        Assert.Equal([new DailyValue(Start, 2, 1), new DailyValue(Start.AddDays(1), 10, 2)], sums);
        Assert.Equal(5.0, means[1].Value, 10);
    }
}
