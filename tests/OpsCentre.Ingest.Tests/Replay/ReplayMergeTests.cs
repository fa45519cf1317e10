using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Replay;

namespace OpsCentre.Ingest.Tests.Replay;

public sealed class ReplayMergeTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Merges_streams_into_one_time_order_with_ties_in_stream_order()
    {
        var merged = ReplayMerge.Merge(
        [
            ("a", Readings("a", 0, 2, 4)),
            ("b", Readings("b", 1, 2, 3)),
        ]).ToList();

        Assert.Equal(["a0", "b1", "a2", "b2", "b3", "a4"], merged.Select(e => $"{e.AssetId}{(e.ObservedAt - T0).TotalMinutes}"));
    }

    [Fact]
    public void Stream_that_goes_back_in_time_is_reported()
    {
        var merge = ReplayMerge.Merge([("broken", Readings("x", 5, 3))]);

        var error = Assert.Throws<InvalidOperationException>(() => merge.ToList());

        Assert.Contains("'broken' went back in time", error.Message);
    }

    [Fact]
    public void Merging_real_sources_keeps_every_event()
    {
        var catalogue = BristolData.LoadCatalogue();
        IReplaySource[] sources =
        [
            new NabTrafficReplaySource(new NabReplayOptions(OpsCentre.Tests.TestData.File("nab", "data", "realTraffic")), catalogue),
            new I94TrafficReplaySource(new I94ReplayOptions(OpsCentre.Tests.TestData.File("city", "traffic", "mndot-i94", "Metro_Interstate_Traffic_Volume.csv")), catalogue),
        ];

        var merged = ReplayMerge.Merge(sources).ToList();

        Assert.Equal(15_662 + 40_575, merged.Count);
        ReplayAssertions.AssertTimeOrdered(merged);
        Assert.Equal("mndot-i94", sources[1].Name);
        Assert.Equal(new DateTimeOffset(2012, 10, 2, 14, 0, 0, TimeSpan.Zero), merged[0].ObservedAt);
        Assert.Equal(new DateTimeOffset(2018, 10, 1, 4, 0, 0, TimeSpan.Zero), merged[^1].ObservedAt);
    }

    [Fact]
    public void Assets_of_several_sources_are_listed_once_each()
    {
        var aarhus = new AarhusTrafficReplaySource(new AarhusReplayOptions(OpsCentre.Tests.TestData.File("city", "traffic", "aarhus")));
        var barcelona = new BarcelonaAirReplaySource(new BarcelonaAirReplayOptions(OpsCentre.Tests.TestData.File("city", "air", "barcelona")));

        var assets = ReplayMerge.AssetsOf([aarhus, barcelona, aarhus]);

        Assert.Equal(15 + 7, assets.Count);
        Assert.Equal(assets.Count, assets.Select(a => a.AssetId).Distinct().Count());
    }

    private static IEnumerable<CityEvent> Readings(string asset, params int[] minutes) =>
        minutes.Select(m => new SensorReading(asset, T0.AddMinutes(m), Quantity.No2, m));
}
