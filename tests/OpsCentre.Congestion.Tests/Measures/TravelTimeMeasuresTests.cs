using OpsCentre.Congestion.Measures;

namespace OpsCentre.Congestion.Tests.Measures;

public class TravelTimeMeasuresTests
{
    [Fact]
    public void Travel_time_index_is_travel_time_over_free_flow() =>
        Assert.Equal(1.5, TravelTimeMeasures.TravelTimeIndex(90, 60), 10);

    [Fact]
    public void Planning_time_index_uses_the_95th_percentile() =>
        Assert.Equal(2.0, TravelTimeMeasures.PlanningTimeIndex(120, 60), 10);

    [Fact]
    public void Buffer_index_is_extra_time_over_the_mean_relative_to_the_mean() =>
        Assert.Equal(0.5, TravelTimeMeasures.BufferIndex(120, 80), 10);

    [Fact]
    public void Congestion_level_is_extra_time_over_free_flow_in_percent() =>
        Assert.Equal(30.0, TravelTimeMeasures.CongestionLevelPercent(78, 60), 10);

    [Fact]
    public void Delay_is_vehicles_times_excess_time_in_hours() =>
        Assert.Equal(0.5, TravelTimeMeasures.VehicleHoursOfDelay(60, 90, 60), 10); // 60 vehicles × 30 s = 1800 s

    [Fact]
    public void Faster_than_free_flow_is_no_delay() =>
        Assert.Equal(0.0, TravelTimeMeasures.VehicleHoursOfDelay(60, 50, 60));

    [Fact]
    public void Non_positive_free_flow_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TravelTimeMeasures.TravelTimeIndex(60, 0));
}
