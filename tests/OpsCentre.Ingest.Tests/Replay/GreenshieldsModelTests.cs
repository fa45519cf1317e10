using OpsCentre.Ingest.Replay;

namespace OpsCentre.Ingest.Tests.Replay;

public sealed class GreenshieldsModelTests
{
    private readonly GreenshieldsModel _freeway = new(100, 80, 4);

    [Fact]
    public void Capacity_is_a_quarter_of_free_flow_speed_times_jam_density_per_lane() =>
        Assert.Equal(8_000, _freeway.CapacityVehiclesPerHour);

    [Fact]
    public void Empty_and_jammed_roads_carry_no_flow()
    {
        Assert.Equal(0, _freeway.FlowFromSpeed(100));
        Assert.Equal(0, _freeway.FlowFromSpeed(0));
        Assert.Equal(8_000, _freeway.FlowFromSpeed(50), 6);
    }

    [Fact]
    public void Speed_from_flow_runs_from_free_flow_down_to_half_at_capacity()
    {
        Assert.Equal(100, _freeway.SpeedFromFlow(0));
        Assert.Equal(50, _freeway.SpeedFromFlow(8_000));
        Assert.Equal(50, _freeway.SpeedFromFlow(20_000));
        Assert.Equal(6_000, _freeway.FlowFromSpeed(_freeway.SpeedFromFlow(6_000)), 6);
    }

    [Fact]
    public void Occupancy_maps_to_density_and_so_to_speed_and_flow()
    {
        var (speed, flow) = _freeway.FromOccupancy(26); // 26 % over a 6.5 m effective length = 40 veh/km/lane, half of jam

        Assert.Equal(50, speed, 6);
        Assert.Equal(8_000, flow, 6);
        Assert.Equal((100, 0), _freeway.FromOccupancy(0));
    }

    [Fact]
    public void Out_of_range_parameters_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GreenshieldsModel(100, 80, 0).Validated());
}
