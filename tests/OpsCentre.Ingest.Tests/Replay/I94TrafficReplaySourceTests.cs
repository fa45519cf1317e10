using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Replay;
using OpsCentre.Tests;

namespace OpsCentre.Ingest.Tests.Replay;

public sealed class I94TrafficReplaySourceTests
{
    private static readonly Lazy<IReadOnlyList<TrafficReading>> AllEvents = new(() =>
        [.. new I94TrafficReplaySource(new I94ReplayOptions(TestData.File("city", "traffic", "mndot-i94", "Metro_Interstate_Traffic_Volume.csv")), BristolData.LoadCatalogue())
            .ReadEvents().Cast<TrafficReading>()]);

    [Fact]
    public void Replays_one_reading_per_hour_in_time_order()
    {
        var events = AllEvents.Value;

        Assert.Equal(40_575, events.Count); // 48 204 rows; an hour repeats once per weather description
        ReplayAssertions.AssertTimeOrdered(events);
        Assert.Equal(new TrafficReading("link-02-P", new DateTimeOffset(2012, 10, 2, 14, 0, 0, TimeSpan.Zero), 5545, events[0].SpeedKph, events[0].TravelTimeSeconds), events[0]);
        Assert.Equal(new DateTimeOffset(2018, 10, 1, 4, 0, 0, TimeSpan.Zero), events[^1].ObservedAt);
        Assert.Equal(954, events[^1].FlowVehiclesPerHour);
    }

    [Fact]
    public void Volume_is_the_flow_and_speed_falls_as_volume_rises()
    {
        var events = AllEvents.Value;

        Assert.Equal(7_280, events.Max(e => e.FlowVehiclesPerHour));
        Assert.All(events, e => Assert.InRange(e.SpeedKph, 50, 100));
        Assert.True(events.MaxBy(e => e.FlowVehiclesPerHour)!.SpeedKph < events.MinBy(e => e.FlowVehiclesPerHour)!.SpeedKph);
    }

    [Fact]
    public void Every_replayed_reading_passes_ingest_validation() =>
        Assert.Empty(ReplayAssertions.Rejections(AllEvents.Value, BristolData.LoadCatalogue()));
}
