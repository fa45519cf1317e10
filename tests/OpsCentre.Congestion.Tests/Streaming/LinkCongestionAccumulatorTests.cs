using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Streaming;

namespace OpsCentre.Congestion.Tests.Streaming;

public class LinkCongestionAccumulatorTests
{
    private static readonly FreeFlow SixtySeconds = FreeFlow.FromTravelTime(60, 1000, 100, FreeFlowBasis.Supplied);
    private static readonly DateTimeOffset EightAm = Series.Monday.AddHours(8);

    [Fact]
    public void Current_indices_follow_the_latest_reading()
    {
        var link = Accumulator(out _);
        link.Add(Series.At(EightAm, 60));
        link.Add(Series.At(EightAm.AddMinutes(5), 90, vehicles: 12));

        var state = link.Snapshot();

        Assert.Equal(1.5, state.TravelTimeIndex!.Value, 10);
        Assert.Equal(50.0, state.CongestionLevelPercent!.Value, 10);
        Assert.True(state.IsCongested);
        Assert.Equal(1.25, state.RollingTravelTimeIndex!.Value, 10);        // mean(60, 90) / 60
        Assert.Equal(0.1, state.VehicleHoursOfDelay, 10);                    // 12 × 30 s / 3600
        Assert.Equal(75.0, state.MeanTravelTimeSeconds, 10);
        Assert.Equal(2, state.ObservationCount);
    }

    [Fact]
    public void Replayed_or_out_of_order_readings_are_ignored()
    {
        var link = Accumulator(out _);
        Assert.True(link.Add(Series.At(EightAm, 60)));
        Assert.True(link.Add(Series.At(EightAm.AddMinutes(5), 120)));

        Assert.False(link.Add(Series.At(EightAm.AddMinutes(5), 120)));
        Assert.False(link.Add(Series.At(EightAm, 300)));
        Assert.Equal(2, link.Snapshot().ObservationCount);
        Assert.Equal(90.0, link.Snapshot().MeanTravelTimeSeconds, 10);
    }

    [Fact]
    public void Rolling_index_forgets_readings_older_than_its_window()
    {
        var link = Accumulator(out _, new LinkCongestionOptions { RollingWindow = TimeSpan.FromMinutes(30) });
        link.Add(Series.At(EightAm, 180));
        link.Add(Series.At(EightAm.AddMinutes(30), 60));
        link.Add(Series.At(EightAm.AddMinutes(35), 90));

        Assert.Equal(1.25, link.Snapshot().RollingTravelTimeIndex!.Value, 10); // the 180 s reading has left the window
    }

    [Fact]
    public void Rolling_window_never_holds_more_than_its_capacity()
    {
        var link = Accumulator(out _, new LinkCongestionOptions { RollingCapacity = 2 });
        link.Add(Series.At(EightAm, 180));
        link.Add(Series.At(EightAm.AddMinutes(1), 60));
        link.Add(Series.At(EightAm.AddMinutes(2), 60));

        Assert.Equal(1.0, link.Snapshot().RollingTravelTimeIndex!.Value, 10);
    }

    [Fact]
    public void State_goes_stale_when_the_clock_passes_the_last_reading_by_more_than_allowed()
    {
        var link = Accumulator(out var clock);
        link.Add(Series.At(EightAm, 60));

        clock.SetUtcNow(EightAm.AddMinutes(10));
        Assert.False(link.Snapshot().IsStale);
        clock.SetUtcNow(EightAm.AddMinutes(16));
        Assert.True(link.Snapshot().IsStale);
    }

    [Fact]
    public void Free_flow_is_learned_from_quiet_hours_when_not_supplied()
    {
        var clock = new ManualClock(Series.Monday);
        var link = new LinkCongestionAccumulator("link", 1000, new LinkCongestionOptions { FreeFlow = new FreeFlowOptions(MinimumQuietSamples: 3) }, clock);
        link.Add(Series.At(Series.Monday.AddHours(1), 50));
        link.Add(Series.At(Series.Monday.AddHours(1).AddMinutes(5), 50));
        Assert.Equal(FreeFlowBasis.AllReadings, link.Snapshot().FreeFlow!.Basis);

        link.Add(Series.At(Series.Monday.AddHours(1).AddMinutes(10), 50));
        link.Add(Series.At(Series.Monday.AddHours(8), 100));

        var state = link.Snapshot();
        Assert.Equal(FreeFlowBasis.QuietHours, state.FreeFlow!.Basis);
        Assert.Equal(50.0, state.FreeFlow.TravelTimeSeconds, 10);
        Assert.Equal(2.0, state.TravelTimeIndex!.Value, 10);
    }

    [Fact]
    public void Hour_of_week_profile_holds_the_median_index_per_hour()
    {
        var link = Accumulator(out _);
        var tuesdayEight = EightAm.AddDays(1);
        foreach (var (minutes, travelTime) in new[] { (0, 60.0), (5, 90.0), (10, 120.0) })
        {
            link.Add(Series.At(tuesdayEight.AddMinutes(minutes), travelTime));
        }

        var profile = link.HourOfWeekTravelTimeIndex();

        Assert.Equal(3, profile[32].Count);
        Assert.Equal(1.5, profile[32].Median, 10);
        Assert.False(profile[31].HasData);
    }

    [Fact]
    public void No_reading_means_no_index_and_a_stale_state()
    {
        var state = Accumulator(out _).Snapshot();

        Assert.Null(state.TravelTimeIndex);
        Assert.Null(state.LastObservation);
        Assert.True(state.IsStale);
    }

    [Fact]
    public void Invalid_options_are_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LinkCongestionAccumulator("l", 100, new LinkCongestionOptions { RollingCapacity = 0 }));
        Assert.Equal("RollingCapacity", error.ParamName);
    }

    private static LinkCongestionAccumulator Accumulator(out ManualClock clock, LinkCongestionOptions? options = null)
    {
        clock = new ManualClock(EightAm);
        return new LinkCongestionAccumulator("link", 1000, options, clock, SixtySeconds);
    }
}
