using OpsCentre.Contracts.Assets;
using OpsCentre.Incidents.Correlation;
using static OpsCentre.Incidents.Tests.Support.Anomalies;

namespace OpsCentre.Incidents.Tests.Correlation;

public sealed class RoadLinkGraphTests
{
    private static readonly RoadLinkGraph Graph = RoadLinkGraph.Build([
        new AssetDescriptor("link-a", AssetKind.RoadLink, "A", Origin, [Origin, East(500)]),
        new AssetDescriptor("link-b", AssetKind.RoadLink, "B", East(700), [East(510), East(900)]),
        new AssetDescriptor("link-c", AssetKind.RoadLink, "C", East(1_200), [East(1_000), East(1_400)]),
        new AssetDescriptor("cam-a", AssetKind.Camera, "Camera on A", East(100), RoadLinkId: "link-a"),
        new AssetDescriptor("aq-free", AssetKind.AirQualityMonitor, "Monitor in a park", East(50)),
    ]);

    [Fact]
    public void Links_whose_ends_meet_are_connected()
    {
        Assert.True(Graph.AreConnected("link-a", "link-b"));
        Assert.True(Graph.AreConnected("link-b", "link-a"));
    }

    [Fact]
    public void Links_with_a_gap_beyond_the_tolerance_are_not_connected()
    {
        Assert.False(Graph.AreConnected("link-b", "link-c"));
    }

    [Fact]
    public void Asset_belongs_to_the_link_it_names()
    {
        Assert.True(Graph.AreConnected("cam-a", "link-a"));
        Assert.True(Graph.AreConnected("cam-a", "link-b"));
        Assert.False(Graph.AreConnected("cam-a", "link-c"));
    }

    [Fact]
    public void Asset_on_no_link_is_connected_to_nothing()
    {
        Assert.False(Graph.AreConnected("aq-free", "link-a"));
    }
}
