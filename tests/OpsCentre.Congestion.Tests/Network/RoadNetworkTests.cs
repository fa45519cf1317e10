using OpsCentre.Congestion.Data.Aarhus;
using OpsCentre.Congestion.Geometry;
using OpsCentre.Congestion.Network;
using OpsCentre.Tests;

namespace OpsCentre.Congestion.Tests.Network;

public class RoadNetworkTests
{
    private static readonly GeoPoint P0 = new(56.150, 10.200);
    private static readonly GeoPoint P1 = new(56.155, 10.200);
    private static readonly GeoPoint P2 = new(56.160, 10.200);
    private static readonly GeoPoint P3 = new(56.165, 10.200);

    [Fact]
    public void End_of_one_link_at_start_of_another_connects_them()
    {
        var network = RoadNetwork.Build([new RoadLink("a", "A", [P0, P1]), new RoadLink("b", "B", [P1, P2]), new RoadLink("c", "C", [P2, P3])]);

        Assert.Equal(["b"], network.DownstreamOf("a").Select(c => c.DownstreamLinkId));
        Assert.Equal(["c"], network.DownstreamOf("b").Select(c => c.DownstreamLinkId));
        Assert.Equal(["a"], network.UpstreamOf("b").Select(c => c.UpstreamLinkId));
        Assert.Empty(network.DownstreamOf("c"));
    }

    [Fact]
    public void Points_within_tolerance_connect_and_beyond_do_not()
    {
        var nearStart = new GeoPoint(P1.Latitude + 0.0002, P1.Longitude); // ~22 m north of P1
        var farStart = new GeoPoint(P1.Latitude + 0.0005, P1.Longitude);  // ~56 m
        var network = RoadNetwork.Build(
            [new RoadLink("a", "A", [P0, P1]), new RoadLink("near", "N", [nearStart, P2]), new RoadLink("far", "F", [farStart, P3])],
            new RoadNetworkOptions(ConnectionToleranceMeters: 30));

        Assert.Equal(["near"], network.DownstreamOf("a").Select(c => c.DownstreamLinkId));
    }

    [Fact]
    public void Opposite_carriageway_is_not_downstream()
    {
        var links = new[] { new RoadLink("north", "N", [P0, P1]), new RoadLink("south", "S", [P1, P0]) };

        Assert.Empty(RoadNetwork.Build(links).Connections);
        Assert.Equal(2, RoadNetwork.Build(links, new RoadNetworkOptions(IgnoreReverseCarriageway: false)).Connections.Count);
    }

    [Fact]
    public void Polyline_length_is_measured_when_not_supplied()
    {
        var link = new RoadLink("a", "A", [P0, P1, P2]);

        Assert.Equal(P0.DistanceMetersTo(P2), link.LengthMeters, 1.0);
    }

    [Fact]
    public void Aarhus_segments_connect_along_the_ring_road_but_not_back_on_themselves()
    {
        var segments = AarhusMetadataLoader.Load(TestData.File("city", "traffic", "aarhus", "trafficMetaData.csv"));
        var withData = new HashSet<string> { "180952", "180926", "180898", "180872" };
        var network = RoadNetwork.Build(segments.Where(s => withData.Contains(s.ReportId)).Select(s => s.ToRoadLink()));

        // 180952 runs 3193→3192, 180898 continues 3192→3191, 180926 is 3192→3193 (the other carriageway).
        Assert.Contains(network.DownstreamOf("180952"), c => c.DownstreamLinkId == "180898");
        Assert.DoesNotContain(network.DownstreamOf("180952"), c => c.DownstreamLinkId == "180926");
    }

    [Fact]
    public void Duplicate_link_ids_are_rejected() =>
        Assert.Throws<ArgumentException>(() => RoadNetwork.Build([new RoadLink("a", "A", [P0, P1]), new RoadLink("a", "A2", [P1, P2])]));
}
