using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Observations;

namespace OpsCentre.Congestion.Tests.Measures;

public class FreeFlowEstimatorTests
{
    [Fact]
    public void Free_flow_comes_from_quiet_hour_readings()
    {
        // Night readings (02:00) take 50–59 s; daytime ones (12:00) take 100 s and must not count.
        var night = Enumerable.Range(0, 10).Select(i => Series.At(Series.Monday.AddHours(2).AddMinutes(5 * i), 50 + i));
        var day = Enumerable.Range(0, 10).Select(i => Series.At(Series.Monday.AddHours(12).AddMinutes(5 * i), 100));
        var history = Series.History("link", [.. night, .. day]);

        var freeFlow = FreeFlowEstimator.Estimate(history, new FreeFlowOptions(MinimumQuietSamples: 10, TravelTimePercentile: 0.5))!;

        Assert.Equal(FreeFlowBasis.QuietHours, freeFlow.Basis);
        Assert.Equal(54.5, freeFlow.TravelTimeSeconds, 10);     // median of 50..59
        Assert.Equal(1000 / 54.5 * 3.6, freeFlow.SpeedKmh, 10);
        Assert.Equal(10, freeFlow.SampleCount);
    }

    [Fact]
    public void Too_few_quiet_readings_fall_back_to_all_readings()
    {
        var history = Series.History("link", Series.At(Series.Monday.AddHours(2), 40), Series.At(Series.Monday.AddHours(12), 80), Series.At(Series.Monday.AddHours(13), 120));

        var freeFlow = FreeFlowEstimator.Estimate(history, new FreeFlowOptions(MinimumQuietSamples: 2, TravelTimePercentile: 0.5))!;

        Assert.Equal(FreeFlowBasis.AllReadings, freeFlow.Basis);
        Assert.Equal(80, freeFlow.TravelTimeSeconds, 10);
    }

    [Fact]
    public void Quiet_hours_wrap_past_midnight()
    {
        var options = new FreeFlowOptions(QuietHoursStart: 22, QuietHoursEnd: 6);

        Assert.True(options.IsQuietHour(23));
        Assert.True(options.IsQuietHour(0));
        Assert.False(options.IsQuietHour(6));
        Assert.False(options.IsQuietHour(21));
    }

    [Fact]
    public void Out_of_range_options_are_rejected_with_the_parameter_named()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new FreeFlowOptions(TravelTimePercentile: 0.9).Validate());
        Assert.Equal("TravelTimePercentile", error.ParamName);
    }

    [Fact]
    public void Empty_history_has_no_free_flow() =>
        Assert.Null(FreeFlowEstimator.Estimate(LinkHistory.Create("x", 100, []), new FreeFlowOptions()));
}
