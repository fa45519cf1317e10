using OpsCentre.Congestion.Measures;

namespace OpsCentre.Congestion.Tests.Measures;

public class LinkIndicesCalculatorTests
{
    [Fact]
    public void Indices_of_a_four_reading_series_match_hand_computation()
    {
        // Travel times 60, 60, 90, 120 s against a 60 s free flow, 10 vehicles each.
        var t = Series.Monday.AddHours(8);
        var history = Series.History(
            "link", Series.At(t, 60), Series.At(t.AddMinutes(5), 60), Series.At(t.AddMinutes(10), 90), Series.At(t.AddMinutes(15), 120));
        var freeFlow = FreeFlow.FromTravelTime(60, 1000, 4, FreeFlowBasis.Supplied);

        var indices = LinkIndicesCalculator.Calculate(history, freeFlow, new CongestionThreshold(1.5))!;

        Assert.Equal(82.5, indices.MeanTravelTimeSeconds, 10);           // (60+60+90+120)/4
        Assert.Equal(115.5, indices.P95TravelTimeSeconds, 10);           // rank 2.85: 90 + 0.85 × 30
        Assert.Equal(1.375, indices.TravelTimeIndex, 10);                // 82.5 / 60
        Assert.Equal(1.925, indices.PlanningTimeIndex, 10);              // 115.5 / 60
        Assert.Equal(0.4, indices.BufferIndex, 10);                      // (115.5 − 82.5) / 82.5
        Assert.Equal(37.5, indices.CongestionLevelPercent, 10);          // (1.375 − 1) × 100
        Assert.Equal(0.5, indices.CongestedShare, 10);                   // 90 and 120 s are ≥ 1.5 × 60
        Assert.Equal(0.25, indices.VehicleHoursOfDelay, 10);             // 10 × (30 + 60) s / 3600
    }

    [Fact]
    public void Empty_history_has_no_indices() =>
        Assert.Null(LinkIndicesCalculator.Calculate(Series.History("link"), FreeFlow.FromTravelTime(60, 1000, 1, FreeFlowBasis.Supplied), new CongestionThreshold()));
}
