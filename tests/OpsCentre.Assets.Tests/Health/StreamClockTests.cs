using OpsCentre.Actors.Tests.Support;
using OpsCentre.Assets.Health;

namespace OpsCentre.Assets.Tests.Health;

public sealed class StreamClockTests
{
    private static readonly DateTimeOffset Observed = new(2015, 9, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _wall = new();

    [Fact]
    public void Stream_time_is_the_newest_observation_moved_on_by_the_wall_clock()
    {
        var clock = new StreamClock(_wall);
        clock.Observe("city.traffic.v1", Observed);
        clock.Observe("city.traffic.v1", Observed.AddMinutes(-5));

        _wall.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(Observed.AddMinutes(2), clock.Now("city.traffic.v1"));
    }

    [Fact]
    public void Each_topic_keeps_its_own_time()
    {
        var clock = new StreamClock(_wall);
        clock.Observe("city.traffic.v1", Observed.AddHours(3));
        clock.Observe("city.sensors.v1", Observed);

        Assert.Equal(Observed, clock.Now("city.sensors.v1"));
        Assert.Null(clock.Now("city.cctv.v1"));
    }
}
