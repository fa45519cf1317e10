using OpsCentre.Congestion.Analysis;
using OpsCentre.Congestion.Data.Aarhus;
using OpsCentre.Congestion.Geometry;
using OpsCentre.Congestion.Network;
using OpsCentre.Congestion.Observations;
using OpsCentre.Tests;

namespace OpsCentre.Congestion.Tests.Analysis;

public class CongestionAnalysisTests
{
    [Fact]
    public void Links_are_ranked_worst_first_and_the_top_list_is_cut_to_size()
    {
        var history = TwoLinks();

        var result = CongestionAnalysis.Run(history, DateRange.Unbounded, new CongestionAnalysisOptions { TopLinkCount = 1 });

        Assert.Equal(["slow", "fast"], result.Links.Select(l => l.LinkId));
        Assert.Equal("slow", Assert.Single(result.TopLinks).LinkId);
        Assert.True(result.Links[0].CongestionLevelPercent > result.Links[1].CongestionLevelPercent);
        Assert.Equal(168, result.NetworkProfile.Bins.Count);
        Assert.Equal(2, result.LinkProfiles.Count);
    }

    [Fact]
    public void Ranking_by_delay_puts_the_busiest_congested_link_first()
    {
        var result = CongestionAnalysis.Run(TwoLinks(fastLinkVehicles: 500), DateRange.Unbounded, new CongestionAnalysisOptions { Ranking = LinkRanking.VehicleHoursOfDelay });

        Assert.Equal("fast", result.Links[0].LinkId);
    }

    [Fact]
    public void Real_Aarhus_month_finds_a_weekday_peak_and_persistent_bottlenecks()
    {
        var range = new DateRange(new DateOnly(2014, 9, 1), new DateOnly(2014, 9, 30));
        var dataset = AarhusDataset.Load(TestData.File("city", "traffic", "aarhus"), range);

        var result = CongestionAnalysis.Run(dataset.History, range);

        Assert.Equal(15, result.Links.Count);
        Assert.All(result.Links, l => Assert.True(l.TravelTimeIndex > 1 && l.PlanningTimeIndex > l.TravelTimeIndex));
        Assert.InRange(result.Peaks.WeekdayEvening!.HourOfDay, 12, 18);
        Assert.Contains(result.Bottlenecks.Locations, l => l.ActiveDays >= 10);
        Assert.Equal(30, result.DailyDelay.Count);
    }

    /// <summary>Two unconnected links over a week: "slow" doubles its travel time at 08:00, "fast" by a quarter.</summary>
    private static NetworkHistory TwoLinks(int fastLinkVehicles = 10)
    {
        var links = new[]
        {
            new RoadLink("slow", "Slow", [new GeoPoint(56.10, 10.1), new GeoPoint(56.11, 10.1)], 1000),
            new RoadLink("fast", "Fast", [new GeoPoint(56.20, 10.2), new GeoPoint(56.21, 10.2)], 1000),
        };
        LinkHistory Week(string id, double peakFactor, int vehicles) => LinkHistory.Create(id, 1000,
            Enumerable.Range(0, 7 * 24).Select(h => Series.At(Series.Monday.AddHours(h), h % 24 == 8 ? 60 * peakFactor : 60, vehicles: vehicles)));
        return new NetworkHistory(
            RoadNetwork.Build(links),
            new Dictionary<string, LinkHistory> { ["slow"] = Week("slow", 2.0, 10), ["fast"] = Week("fast", 1.25, fastLinkVehicles) });
    }
}
