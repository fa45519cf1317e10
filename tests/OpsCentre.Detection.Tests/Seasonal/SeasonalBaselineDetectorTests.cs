using OpsCentre.Detection.Seasonal;
using OpsCentre.Detection.Tests.Signals;

namespace OpsCentre.Detection.Tests.Seasonal;

public class SeasonalBaselineDetectorTests
{
    private const int Days = Signal.PerDay;

    [Fact]
    public void Seasonality_change_is_flagged_soon_after_it_starts()
    {
        var scores = Signal.Daily(10 * Days, seed: 11).WithInvertedSeason(8 * Days).ScoresFrom(new SeasonalBaselineDetector());

        var first = scores.FirstAtOrAbove(0.5, from: 8 * Days);
        Assert.InRange(first, 8 * Days, 8 * Days + 24);
    }

    [Fact]
    public void With_one_number_per_slot_a_seasonality_change_is_still_flagged_and_a_clean_cycle_left_quiet()
    {
        var options = new SeasonalBaselineOptions { SlotMemory = SlotMemoryKind.SmoothedAverage };
        var changed = Signal.Daily(10 * Days, seed: 11).WithInvertedSeason(8 * Days).ScoresFrom(new SeasonalBaselineDetector(options));
        var clean = Signal.Daily(10 * Days, seed: 12).ScoresFrom(new SeasonalBaselineDetector(options));

        Assert.InRange(changed.FirstAtOrAbove(0.5, from: 8 * Days), 8 * Days, 8 * Days + 24);
        Assert.True(clean.Max() < 0.5, $"max {clean.Max():0.000}");
    }

    [Fact]
    public void Clean_daily_cycle_is_left_quiet()
    {
        var scores = Signal.Daily(10 * Days, seed: 12).ScoresFrom(new SeasonalBaselineDetector());

        Assert.True(scores.Max() < 0.5, $"max {scores.Max():0.000}");
    }

    [Fact]
    public void A_value_normal_for_the_day_but_not_for_the_hour_is_flagged()
    {
        // 70 is the daily peak; at the trough (hour 18) it is far from what that hour usually brings.
        var trough = 7 * Days + 3 * Days / 4;
        var signal = Signal.Daily(8 * Days, seed: 13);
        var values = (double[])signal.Values.Clone();
        values[trough] = 70;

        var results = (signal with { Values = values }).ResultsFrom(new SeasonalBaselineDetector());

        Assert.True(results[trough].Score >= 0.5, $"score {results[trough].Score:0.000}");
        Assert.Equal(AnomalyKind.UnusualForTimeOfWeek, results[trough].Why!.Value.Kind);
        Assert.InRange(results[trough].Why!.Value.Expected, 25, 35);
    }

    [Fact]
    public void Nothing_is_expected_before_enough_days_are_seen()
    {
        var scores = Signal.Daily(2 * Days, seed: 14).WithSpike(Days + 10, 100).ScoresFrom(new SeasonalBaselineDetector());

        Assert.All(scores, s => Assert.Equal(0, s));
    }

    [Fact]
    public void A_slot_width_that_does_not_divide_a_day_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SeasonalBaselineDetector(new SeasonalBaselineOptions { SlotMinutes = 7 }));

        Assert.Contains("SlotMinutes", error.Message);
    }
}
