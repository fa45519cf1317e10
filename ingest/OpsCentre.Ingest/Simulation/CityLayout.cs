using OpsCentre.Contracts.Assets;
using OpsCentre.Ingest.Catalogue;
using OpsCentre.Ingest.Geo;

namespace OpsCentre.Ingest.Simulation;

/// <summary>
/// The simulator's view of the catalogue: assets grouped by kind in id order (so a seed means the same thing
/// whatever order the catalogue lists them in), and which road link each camera and roadside sensor follows.
/// </summary>
internal sealed class CityLayout
{
    /// <summary>Beyond this a camera is not "near" a link for collision evidence.</summary>
    public const double NearLinkMetres = 300;

    public CityLayout(IEnumerable<AssetDescriptor> assets)
    {
        var ordered = assets.OrderBy(a => a.AssetId, StringComparer.Ordinal).ToList();
        Links = Of(ordered, AssetKind.RoadLink);
        Cameras = Of(ordered, AssetKind.Camera);
        AirMonitors = Of(ordered, AssetKind.AirQualityMonitor);
        NoiseSensors = Of(ordered, AssetKind.NoiseSensor);
        Homes = Of(ordered, AssetKind.HousingSensor);
        Gauges = Of(ordered, AssetKind.RiverGauge);
        Lights = Of(ordered, AssetKind.Streetlight);

        var linkIndex = Links.Select((link, i) => (link.AssetId, i)).ToDictionary(p => p.AssetId, p => p.i, StringComparer.Ordinal);
        CameraLink = [.. Cameras.Select(c => LinkOf(c, linkIndex))];
        AirMonitorLink = [.. AirMonitors.Select(m => LinkOf(m, linkIndex))];
        NoiseSensorLink = [.. NoiseSensors.Select(n => LinkOf(n, linkIndex))];
        GaugeRiverFraction = [.. Gauges.Select(g => RiverFraction(g.Location))];
    }

    public IReadOnlyList<AssetDescriptor> Links { get; }

    public IReadOnlyList<AssetDescriptor> Cameras { get; }

    public IReadOnlyList<AssetDescriptor> AirMonitors { get; }

    public IReadOnlyList<AssetDescriptor> NoiseSensors { get; }

    public IReadOnlyList<AssetDescriptor> Homes { get; }

    public IReadOnlyList<AssetDescriptor> Gauges { get; }

    public IReadOnlyList<AssetDescriptor> Lights { get; }

    /// <summary>Index into <see cref="Links"/> each camera watches, or -1 when the city has no links.</summary>
    public int[] CameraLink { get; }

    public int[] AirMonitorLink { get; }

    public int[] NoiseSensorLink { get; }

    /// <summary>0 at the upstream end of the Avon (Netham) to 1 at Cumberland Basin.</summary>
    public double[] GaugeRiverFraction { get; }

    public int EventsPerTick => Links.Count + Cameras.Count + (2 * AirMonitors.Count) + NoiseSensors.Count + Homes.Count + Gauges.Count + Lights.Count;

    /// <summary>The camera that would see an incident on a link: one assigned to it, else the nearest within range.</summary>
    public int? CameraFor(int linkIndex)
    {
        for (var i = 0; i < Cameras.Count; i++)
        {
            if (CameraLink[i] == linkIndex)
            {
                return i;
            }
        }

        var path = PathOf(Links[linkIndex]);
        var nearest = Enumerable.Range(0, Cameras.Count)
            .Select(i => (Index: i, Distance: GeoPath.DistanceMetres(Cameras[i].Location, path)))
            .Where(c => c.Distance <= NearLinkMetres)
            .OrderBy(c => c.Distance)
            .FirstOrDefault((Index: -1, Distance: 0));
        return nearest.Index >= 0 ? nearest.Index : null;
    }

    /// <summary>Monitors within <paramref name="radiusMetres"/> of one, nearest first; at least the single nearest.</summary>
    public IReadOnlyList<int> NeighbouringMonitors(int monitor, double radiusMetres)
    {
        var others = Enumerable.Range(0, AirMonitors.Count)
            .Where(i => i != monitor)
            .Select(i => (Index: i, Distance: AirMonitors[i].Location.DistanceMetresTo(AirMonitors[monitor].Location)))
            .OrderBy(o => o.Distance)
            .ToList();
        var within = others.Where(o => o.Distance <= radiusMetres).Select(o => o.Index).ToList();
        return within.Count > 0 ? within : [.. others.Take(1).Select(o => o.Index)];
    }

    public static IReadOnlyList<GeoPoint> PathOf(AssetDescriptor link) => link.Path is { Count: > 0 } path ? path : [link.Location];

    private static List<AssetDescriptor> Of(List<AssetDescriptor> assets, AssetKind kind) => [.. assets.Where(a => a.Kind == kind)];

    private int LinkOf(AssetDescriptor asset, Dictionary<string, int> linkIndex)
    {
        if (asset.RoadLinkId is { } id && linkIndex.TryGetValue(id, out var index))
        {
            return index;
        }

        return Links.Count == 0
            ? -1
            : Enumerable.Range(0, Links.Count).MinBy(i => GeoPath.DistanceMetres(asset.Location, PathOf(Links[i])));
    }

    private static double RiverFraction(GeoPoint point)
    {
        const int Samples = 200;
        return Enumerable.Range(0, Samples + 1)
            .Select(i => (double)i / Samples)
            .MinBy(f => GeoPath.PointAt(AvonRiver.Path, f).DistanceMetresTo(point));
    }
}
