using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Assets;
using OpsCentre.Ingest.Replay;
using OpsCentre.Tests;

namespace OpsCentre.Ingest.Tests.Replay;

public sealed class AarhusTrafficReplaySourceTests
{
    private static readonly AarhusTrafficReplaySource Source = new(new AarhusReplayOptions(TestData.File("city", "traffic", "aarhus")));
    private static readonly Lazy<IReadOnlyList<TrafficReading>> AllEvents = new(() => [.. Source.ReadEvents().Cast<TrafficReading>()]);

    [Fact]
    public void Each_data_file_registers_a_road_link_in_aarhus_from_the_metadata()
    {
        Assert.Equal(15, Source.Assets.Count);
        Assert.All(Source.Assets, a => Assert.Equal(AssetKind.RoadLink, a.Kind));
        Assert.All(Source.Assets, a => Assert.Matches("^link-aarhus-[0-9]{6}$", a.AssetId));
        Assert.All(Source.Assets, a => Assert.InRange(a.Location.Lat, 56.0, 56.4));
        Assert.All(Source.Assets, a => Assert.InRange(a.Location.Lon, 9.9, 10.4));
        var link = Source.Assets.Single(a => a.AssetId == "link-aarhus-178929");
        Assert.Equal(1489, link.LengthMetres);
        Assert.Equal(2, link.Path!.Count);
    }

    [Fact]
    public void Replays_every_measured_interval_in_time_order()
    {
        var events = AllEvents.Value;

        Assert.Equal(211_610, events.Count); // 240 548 rows less 28 896 with no vehicle matched and 42 repeated times
        ReplayAssertions.AssertTimeOrdered(events);
        Assert.Equal(new DateTimeOffset(2014, 8, 1, 5, 50, 0, TimeSpan.Zero), events[0].ObservedAt); // 07:50 CEST
        Assert.Equal(new DateTimeOffset(2014, 9, 30, 21, 55, 0, TimeSpan.Zero), events[^1].ObservedAt);
    }

    [Fact]
    public void Vehicle_count_per_five_minutes_becomes_flow_per_hour()
    {
        var first = AllEvents.Value.First(e => e.AssetId == "link-aarhus-178929");

        Assert.Equal(new TrafficReading("link-aarhus-178929", new DateTimeOffset(2014, 8, 1, 5, 55, 0, TimeSpan.Zero), 36, 21, 248), first);
    }

    [Fact]
    public void Intervals_with_no_vehicle_matched_are_not_replayed_as_standstills() =>
        Assert.All(AllEvents.Value, e => Assert.True(e.SpeedKph > 0 && e.TravelTimeSeconds > 0));

    [Fact]
    public void Every_replayed_reading_passes_ingest_validation_once_the_links_are_registered()
    {
        var directory = new AssetDirectory(Source.Assets);

        Assert.Empty(ReplayAssertions.Rejections(AllEvents.Value, directory));
    }
}
