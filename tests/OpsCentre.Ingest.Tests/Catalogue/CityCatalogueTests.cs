using OpsCentre.Contracts.Assets;
using OpsCentre.Ingest.Assets;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Geo;

namespace OpsCentre.Ingest.Tests.Catalogue;

public sealed class CityCatalogueTests
{
    private static readonly GeoPoint BristolCentre = new(51.4545, -2.5973);
    private readonly CityCatalogue _catalogue = BristolData.LoadCatalogue();

    [Fact]
    public void All_240_journey_links_become_road_links_with_their_geometry_and_length()
    {
        var links = _catalogue.OfKind(AssetKind.RoadLink).ToList();

        Assert.Equal(240, links.Count);
        var link = Assert.Single(links, l => l.AssetId == "link-02-E");
        Assert.Equal("M32 IB > Bond St WB", link.Name);
        Assert.Equal(431.0, link.LengthMetres);
        Assert.Equal(new GeoPoint(51.4595002611, -2.5850605654), link.Location);
        Assert.Equal(11, link.Path!.Count);
        Assert.Equal(new GeoPoint(51.460194245, -2.5822304117), link.Path[0]); // GeoJSON [lon, lat] read the right way round
    }

    [Fact]
    public void Generated_assets_come_in_the_requested_numbers()
    {
        int Count(AssetKind kind) => _catalogue.OfKind(kind).Count();

        Assert.Equal(120, Count(AssetKind.Camera));
        Assert.Equal(40, Count(AssetKind.AirQualityMonitor));
        Assert.Equal(30, Count(AssetKind.NoiseSensor));
        Assert.Equal(60, Count(AssetKind.HousingSensor));
        Assert.Equal(6, Count(AssetKind.RiverGauge));
        Assert.Equal(200, Count(AssetKind.Streetlight));
        Assert.InRange(Count(AssetKind.Junction), 30, 80);
    }

    [Fact]
    public void Every_asset_id_follows_the_grammar_for_its_kind() =>
        Assert.All(_catalogue.Static, a => Assert.True(AssetIds.IsValid(a.AssetId, a.Kind), a.AssetId));

    [Fact]
    public void Every_asset_is_in_bristol() =>
        Assert.All(_catalogue.Static, a =>
        {
            Assert.InRange(a.Location.Lat, 51.40, 51.51);
            Assert.InRange(a.Location.Lon, -2.70, -2.51);
        });

    [Fact]
    public void Junctions_sit_where_two_or_more_links_end()
    {
        var links = _catalogue.OfKind(AssetKind.RoadLink).ToList();

        Assert.All(_catalogue.OfKind(AssetKind.Junction), junction =>
        {
            var ending = links.Count(l => l.Path![0].DistanceMetresTo(junction.Location) <= 40 || l.Path[^1].DistanceMetresTo(junction.Location) <= 40);
            Assert.True(ending >= 2, $"{junction.AssetId} has {ending} link ends");
        });
    }

    [Fact]
    public void Cameras_and_roadside_sensors_are_beside_the_link_they_follow()
    {
        var links = _catalogue.OfKind(AssetKind.RoadLink).ToDictionary(l => l.AssetId);
        var roadside = _catalogue.Static.Where(a => a.Kind is AssetKind.Camera or AssetKind.AirQualityMonitor or AssetKind.NoiseSensor or AssetKind.Streetlight);

        Assert.All(roadside, a => Assert.True(GeoPath.DistanceMetres(a.Location, links[a.RoadLinkId!].Path!) <= 60, $"{a.AssetId} is far from {a.RoadLinkId}"));
    }

    [Fact]
    public void Every_junction_has_a_camera()
    {
        var cameras = _catalogue.OfKind(AssetKind.Camera).ToList();

        Assert.All(_catalogue.OfKind(AssetKind.Junction), j => Assert.Contains(cameras, c => c.Location.DistanceMetresTo(j.Location) <= 25));
    }

    [Fact]
    public void Homes_are_off_the_main_roads_and_outside_the_centre()
    {
        var links = _catalogue.OfKind(AssetKind.RoadLink).ToList();

        Assert.All(_catalogue.OfKind(AssetKind.HousingSensor), home =>
        {
            Assert.True(home.Location.DistanceMetresTo(BristolCentre) > 1_100, $"{home.AssetId} is in the centre");
            Assert.True(links.Min(l => GeoPath.DistanceMetres(home.Location, l.Path!)) > 20, $"{home.AssetId} is on a road");
        });
    }

    [Fact]
    public void Homes_are_located_only_to_a_grid_block_not_a_dwelling() =>
        Assert.All(_catalogue.OfKind(AssetKind.HousingSensor), home =>
        {
            Assert.Equal(Math.Round(home.Location.Lat, 3), home.Location.Lat, 9);
            Assert.Equal(Math.Round(home.Location.Lon, 3), home.Location.Lon, 9);
        });

    [Fact]
    public void River_gauges_are_on_the_avon_from_netham_to_cumberland_basin()
    {
        var gauges = _catalogue.OfKind(AssetKind.RiverGauge).OrderBy(g => g.AssetId).ToList();

        Assert.All(gauges, g => Assert.True(GeoPath.DistanceMetres(g.Location, AvonRiver.Path) < 5));
        Assert.True(gauges[0].Location.Lon > gauges[^1].Location.Lon, "river-001 should be upstream (east)");
    }

    [Fact]
    public void Assets_registered_at_run_time_are_found_and_the_first_registration_wins()
    {
        var newcomer = new AssetDescriptor("aq-ngsi-test", AssetKind.AirQualityMonitor, "New", new GeoPoint(51.45, -2.6));

        Assert.False(_catalogue.TryGet(newcomer.AssetId, out _));
        Assert.True(_catalogue.TryRegister(newcomer));
        Assert.False(_catalogue.TryRegister(newcomer with { Location = new GeoPoint(0, 0) }));
        Assert.True(_catalogue.TryGet(newcomer.AssetId, out var found));
        Assert.Equal(newcomer, found);
        Assert.DoesNotContain(newcomer, _catalogue.Static);
        Assert.Contains(newcomer, _catalogue.All);
    }

    [Fact]
    public void A_run_time_registration_cannot_move_a_catalogue_asset()
    {
        var camera = _catalogue.OfKind(AssetKind.Camera).First();

        Assert.False(_catalogue.TryRegister(camera with { Location = new GeoPoint(0, 0) }));
        Assert.True(_catalogue.TryGet(camera.AssetId, out var kept));
        Assert.Equal(camera.Location, kept.Location);
    }
}
