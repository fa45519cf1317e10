using OpsCentre.Console.Congestion;
using OpsCentre.Congestion.Geometry;
using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Network;
using OpsCentre.Congestion.Observations;
using OpsCentre.Storage.Congestion;

namespace OpsCentre.Console.Tests.Congestion;

/// <summary>The series export: one row per interval, times in UTC, and names that cannot break or attack a spreadsheet.</summary>
public sealed class CongestionCsvTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_series_row_carries_the_interval_in_utc_and_its_travel_time_index()
    {
        var csv = CongestionCsv.Series(Link("link-1", "Bond St", freeFlowSeconds: 50, travelTimes: [50, 75])).Split("\r\n");

        Assert.Equal("link_id,interval_start_utc,interval_end_utc,readings,speed_kmh,travel_time_s,flow_vph,vehicles,travel_time_index", csv[0]);
        Assert.Equal("link-1,2026-11-02T08:05:00Z,2026-11-02T08:10:00Z,5,48,75,600,50,1.5", csv[2]);
    }

    [Fact]
    public void A_name_with_commas_quotes_or_a_formula_is_quoted_and_defused()
    {
        var analysis = new RangeAnalysis(
            new AnalysisWindow(Start, Start.AddHours(1)), Start, [Link("link-1", "=HYPERLINK(\"x\"), A38", 50, [50])], new([], []));

        var row = CongestionCsv.Links(analysis).Split("\r\n")[1];

        Assert.StartsWith("link-1,\"'=HYPERLINK(\"\"x\"\"), A38\",", row);
    }

    private static LinkRange Link(string id, string name, double freeFlowSeconds, double[] travelTimes)
    {
        var road = new RoadLink(id, name, [new GeoPoint(51.45, -2.59), new GeoPoint(51.46, -2.59)], 1000);
        var intervals = travelTimes.Select((t, i) => new LinkInterval(id, Start.AddMinutes(5 * i), TimeSpan.FromMinutes(5), 5, 3600.0 / t, t, 600, Start.AddMinutes((5 * i) + 4))).ToList();
        var history = LinkHistory.Create(id, 1000, intervals.Select(i => new LinkObservation(i.Start, i.MeanTravelTimeSeconds, i.MeanSpeedKmh, 50)));
        var freeFlow = FreeFlow.FromTravelTime(freeFlowSeconds, 1000, 12, FreeFlowBasis.QuietHours);
        return new LinkRange(road, intervals, history, freeFlow, LinkIndicesCalculator.Calculate(history, freeFlow, new CongestionThreshold()));
    }
}
