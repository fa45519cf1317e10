using OpsCentre.Congestion.Bottlenecks;
using OpsCentre.Congestion.Geometry;
using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Network;
using OpsCentre.Congestion.Observations;

namespace OpsCentre.Congestion.Tests.Bottlenecks;

public class BottleneckDetectorTests
{
    private static readonly DateTimeOffset EightAm = Series.Monday.AddHours(8);
    private static readonly FreeFlow FiftyKmh = FreeFlow.FromTravelTime(72, 1000, 100, FreeFlowBasis.Supplied);

    /// <summary>
    /// A → B → C, 12 five-minute intervals from 08:00. From 08:15 to 08:45 a queue fills A and B (15 km/h) while C
    /// runs free (45 km/h): the bottleneck is the B→C junction, and A→B (both slow) is not one.
    /// </summary>
    [Fact]
    public void Queue_ending_at_a_junction_is_found_there_and_only_there()
    {
        var (network, histories) = Chain(i => i is >= 3 and < 9 ? (15, 15, 45) : (45, 45, 45));

        var findings = BottleneckDetector.Detect(network, histories, FreeFlows(), new BottleneckOptions());

        var episode = Assert.Single(findings.Episodes);
        Assert.Equal(("b", "c"), (episode.UpstreamLinkId, episode.DownstreamLinkId));
        Assert.Equal(EightAm.AddMinutes(15), episode.Start);
        Assert.Equal(EightAm.AddMinutes(45), episode.End);
        Assert.Equal(30.0, episode.MeanSpeedDropKmh, 10);
        var location = Assert.Single(findings.Locations);
        Assert.Equal(1, location.ActiveDays);
        Assert.Equal(8, location.TypicalStartHour);
    }

    [Fact]
    public void A_drop_shorter_than_the_persistence_rule_is_ignored()
    {
        var (network, histories) = Chain(i => i is 4 or 5 ? (45, 15, 45) : (45, 45, 45));

        Assert.Empty(BottleneckDetector.Detect(network, histories, FreeFlows(), new BottleneckOptions()).Episodes);
    }

    [Fact]
    public void A_small_speed_difference_is_not_a_bottleneck()
    {
        // B slow (25 km/h, below 65% of 50) but C only 15 km/h faster: under the 20 km/h rule.
        var (network, histories) = Chain(i => (45, 25, 40));

        Assert.Empty(BottleneckDetector.Detect(network, histories, FreeFlows(), new BottleneckOptions()).Episodes);
    }

    [Fact]
    public void Missing_readings_neither_make_nor_break_a_bottleneck()
    {
        // The junction is active throughout, but C only reports every other interval: judged on what it has.
        var (network, histories) = Chain(i => (45, 15, 45), downstreamEvery: 2);

        var episode = Assert.Single(BottleneckDetector.Detect(network, histories, FreeFlows(), new BottleneckOptions()).Episodes);
        Assert.Equal(6, episode.ActiveIntervals);
    }

    private static Dictionary<string, FreeFlow> FreeFlows() => new() { ["a"] = FiftyKmh, ["b"] = FiftyKmh, ["c"] = FiftyKmh };

    private static (RoadNetwork, Dictionary<string, LinkHistory>) Chain(
        Func<int, (double A, double B, double C)> speeds, int intervals = 12, int downstreamEvery = 1)
    {
        var p = Enumerable.Range(0, 4).Select(i => new GeoPoint(56.15 + 0.009 * i, 10.2)).ToArray();
        var network = RoadNetwork.Build([new RoadLink("a", "A", [p[0], p[1]]), new RoadLink("b", "B", [p[1], p[2]]), new RoadLink("c", "C", [p[2], p[3]])]);
        var readings = Enumerable.Range(0, intervals).Select(i => (At: EightAm.AddMinutes(5 * i), Speeds: speeds(i), Index: i)).ToList();
        var histories = new Dictionary<string, LinkHistory>
        {
            ["a"] = Series.History("a", readings.Select(r => Series.WithSpeed(r.At, r.Speeds.A)).ToArray()),
            ["b"] = Series.History("b", readings.Select(r => Series.WithSpeed(r.At, r.Speeds.B)).ToArray()),
            ["c"] = Series.History("c", readings.Where(r => r.Index % downstreamEvery == 0).Select(r => Series.WithSpeed(r.At, r.Speeds.C)).ToArray()),
        };
        return (network, histories);
    }
}
