using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Replay;
using OpsCentre.Tests;

namespace OpsCentre.Ingest.Tests.Replay;

public sealed class NabTrafficReplaySourceTests
{
    private static readonly string Folder = TestData.File("nab", "data", "realTraffic");
    private static readonly Lazy<IReadOnlyList<TrafficReading>> AllEvents = new(() => [.. Source().ReadEvents().Cast<TrafficReading>()]);

    [Fact]
    public void Replays_every_row_of_the_seven_files_in_time_order()
    {
        var events = AllEvents.Value;

        Assert.Equal(15_662, events.Count); // 15 664 rows, less two repeated timestamps
        ReplayAssertions.AssertTimeOrdered(events);
        Assert.Equal(new DateTimeOffset(2015, 7, 10, 19, 24, 0, TimeSpan.Zero), events[0].ObservedAt); // 14:24 CDT
        Assert.Equal(new DateTimeOffset(2015, 9, 17, 22, 10, 0, TimeSpan.Zero), events[^1].ObservedAt);
        Assert.Equal(7, events.Select(e => e.AssetId).Distinct().Count());
    }

    [Fact]
    public void Speed_file_keeps_the_measured_speed_and_derives_travel_time_from_the_link()
    {
        var first = AllEvents.Value.First(e => e.AssetId == "link-02-P");
        var link = LinkLength("link-02-P");

        Assert.Equal(new DateTimeOffset(2015, 8, 31, 23, 22, 0, TimeSpan.Zero), first.ObservedAt);
        Assert.Equal(90, first.SpeedKph);
        Assert.Equal(link / (90 / 3.6), first.TravelTimeSeconds, 0);
        Assert.Equal(NabReplayOptions.DefaultModel.FlowFromSpeed(90), first.FlowVehiclesPerHour, 0);
    }

    [Fact]
    public void Travel_time_file_keeps_the_measured_travel_time()
    {
        var first = AllEvents.Value.First(e => e.AssetId == "link-37-F");

        Assert.Equal(564, first.TravelTimeSeconds);
        Assert.Equal(LinkLength("link-37-F") / 564 * 3.6, first.SpeedKph, 0);
    }

    [Fact]
    public void Occupancy_file_gives_slower_traffic_at_higher_occupancy()
    {
        var occupancy = AllEvents.Value.Where(e => e.AssetId == "link-34-B").ToList();

        Assert.Equal(2_499, occupancy.Count);
        Assert.True(occupancy.MinBy(e => e.FlowVehiclesPerHour)!.SpeedKph >= occupancy.MaxBy(e => e.FlowVehiclesPerHour)!.SpeedKph);
        Assert.Equal(110, occupancy.Max(e => e.SpeedKph)); // an empty loop reads free flow
    }

    [Fact]
    public void Every_replayed_reading_passes_ingest_validation() =>
        Assert.Empty(ReplayAssertions.Rejections(AllEvents.Value, BristolData.LoadCatalogue()));

    [Fact]
    public void File_mapped_to_an_unknown_link_is_refused_up_front()
    {
        var options = new NabReplayOptions(Folder, [new NabFileMapping("speed_6005.csv", "link-nope")]);

        var error = Assert.Throws<ArgumentException>(() => new NabTrafficReplaySource(options, BristolData.LoadCatalogue()));

        Assert.Contains("'link-nope', which is not a road link", error.Message);
    }

    private static NabTrafficReplaySource Source() => new(new NabReplayOptions(Folder), BristolData.LoadCatalogue());

    private static double LinkLength(string linkId) => BristolData.Links.Single(l => l.Asset.AssetId == linkId).Asset.LengthMetres!.Value;
}
