using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Assets;
using OpsCentre.Ingest.Decoding;
using OpsCentre.Ingest.Replay;
using OpsCentre.Tests;

namespace OpsCentre.Ingest.Tests.Replay;

public sealed class BarcelonaAirReplaySourceTests
{
    private static readonly BarcelonaAirReplaySource Source = new(new BarcelonaAirReplayOptions(TestData.File("city", "air", "barcelona")));
    private static readonly Lazy<IReadOnlyList<SensorReading>> AllEvents = new(() => [.. Source.ReadEvents().Cast<SensorReading>()]);

    [Fact]
    public void Stations_with_coordinates_become_air_quality_monitors()
    {
        Assert.Equal(["aq-bcn-4", "aq-bcn-42", "aq-bcn-43", "aq-bcn-44", "aq-bcn-50", "aq-bcn-54", "aq-bcn-57"], Source.Assets.Select(a => a.AssetId));
        Assert.All(Source.Assets, a => Assert.Equal(AssetKind.AirQualityMonitor, a.Kind));
        Assert.Equal(new GeoPoint(41.3864, 2.1874), Source.Assets.Single(a => a.AssetId == "aq-bcn-50").Location);
        Assert.Contains("Ciutadella", Source.Assets.Single(a => a.AssetId == "aq-bcn-50").Name);
    }

    [Fact]
    public void Replays_every_measured_hour_of_both_pollutants_in_time_order()
    {
        var events = AllEvents.Value;

        Assert.Equal(172_504, events.Count(e => e.Quantity == Quantity.No2));
        Assert.Equal(119_899, events.Count(e => e.Quantity == Quantity.Pm10));
        ReplayAssertions.AssertTimeOrdered(events);
        Assert.Equal(new DateTimeOffset(2019, 4, 1, 23, 0, 0, TimeSpan.Zero), events[0].ObservedAt); // 01:00 CEST
        Assert.Equal(new DateTimeOffset(2022, 3, 31, 22, 0, 0, TimeSpan.Zero), events[^1].ObservedAt);
        Assert.DoesNotContain(events, e => e.AssetId == "aq-bcn-58");
    }

    [Fact]
    public void First_hour_carries_the_files_values()
    {
        var firstHour = AllEvents.Value.TakeWhile(e => e.ObservedAt == AllEvents.Value[0].ObservedAt).ToList();

        Assert.Contains(new SensorReading("aq-bcn-4", firstHour[0].ObservedAt, Quantity.No2, 22), firstHour);
        Assert.Contains(new SensorReading("aq-bcn-54", firstHour[0].ObservedAt, Quantity.Pm10, 39), firstHour);
    }

    [Fact]
    public void Only_the_one_impossible_pm10_hour_fails_ingest_validation()
    {
        var rejections = ReplayAssertions.Rejections(AllEvents.Value, new AssetDirectory(Source.Assets));

        Assert.Equal(new Dictionary<RejectionReason, int> { [RejectionReason.OutOfRange] = 1 }, rejections);
        Assert.Single(AllEvents.Value, e => !QuantityRanges.Contains(e.Quantity, e.Value));
    }
}
