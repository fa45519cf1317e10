using System.Globalization;
using OpsCentre.Contracts.Assets;
using OpsCentre.Ingest.Geo;
using OpsCentre.Ingest.Randomness;

namespace OpsCentre.Ingest.Catalogue;

/// <summary>
/// Places the city's non-road assets around the real Bristol journey links, deterministically from a seed:
/// junctions where links meet, cameras at junctions and link midpoints, roadside air-quality and noise sensors,
/// damp sensors in homes away from main roads and the centre, gauges along the Avon, and runs of streetlights.
/// Each kind draws from its own random stream, so changing one count does not move the other kinds.
/// </summary>
public static class CatalogueGenerator
{
    /// <summary>Bristol's city centre ("The Centre"); homes are kept out of the commercial core around it.</summary>
    private static readonly GeoPoint CityCentre = new(51.4545, -2.5973);

    private const double CityCentreRadiusMetres = 1_200;

    /// <summary>
    /// Homes are located to a ~110 m × 70 m grid cell, never the dwelling: a home's exact position is personal data.
    /// </summary>
    private const double HousingGridDegrees = 0.001;

    public static IReadOnlyList<AssetDescriptor> Generate(IReadOnlyList<BristolJourneyLink> links, CatalogueGeneratorOptions? options = null)
    {
        options = (options ?? CatalogueGeneratorOptions.Default).Validated();
        if (links.Count == 0)
        {
            throw new ArgumentException("at least one road link is needed to place assets around", nameof(links));
        }

        var junctions = JunctionFinder.Find(links, options.JunctionRadiusMetres);
        var assets = new List<AssetDescriptor>();
        assets.AddRange(junctions.Select(j => j.Junction));
        assets.AddRange(Cameras(links, junctions, options));
        assets.AddRange(Roadside(links, options, "aq", options.AirQualityMonitorCount, AssetKind.AirQualityMonitor, "Air quality monitor", 5, 25));
        assets.AddRange(Roadside(links, options, "noise", options.NoiseSensorCount, AssetKind.NoiseSensor, "Noise sensor", 3, 15));
        assets.AddRange(HousingSensors(links, options));
        assets.AddRange(RiverGauges(options.RiverGaugeCount));
        assets.AddRange(Streetlights(links, options));
        return assets;
    }

    private static IEnumerable<AssetDescriptor> Cameras(
        IReadOnlyList<BristolJourneyLink> links,
        IReadOnlyList<(AssetDescriptor Junction, IReadOnlyList<string> LinkIds)> junctions,
        CatalogueGeneratorOptions options)
    {
        var random = SeededRandom.ForStream(options.Seed, "cameras");
        var number = 0;
        foreach (var (junction, linkIds) in junctions.Take(options.CameraCount))
        {
            var watched = linkIds[random.Next(linkIds.Count)];
            var location = GeoOffset.Towards(junction.Location, random.NextDouble(0, 360), random.NextDouble(5, 20));
            yield return new AssetDescriptor(
                Id("cam", ++number), AssetKind.Camera, $"CCTV at {junction.Name["Junction: ".Length..]}", GeoOffset.Rounded(location), RoadLinkId: watched);
        }

        foreach (var link in Shuffled(links, random).Take(options.CameraCount - number))
        {
            var path = PathOf(link.Asset);
            var fraction = random.NextDouble(0.4, 0.6);
            var location = Beside(path, fraction, random.NextDouble(6, 15), random);
            yield return new AssetDescriptor(
                Id("cam", ++number), AssetKind.Camera, $"CCTV on {link.Asset.Name}", location, RoadLinkId: link.Asset.AssetId);
        }
    }

    private static IEnumerable<AssetDescriptor> Roadside(
        IReadOnlyList<BristolJourneyLink> links, CatalogueGeneratorOptions options, string prefix, int count, AssetKind kind, string label, double minOffset, double maxOffset)
    {
        var random = SeededRandom.ForStream(options.Seed, prefix);
        for (var number = 1; number <= count; number++)
        {
            var link = links[random.Next(links.Count)];
            var location = Beside(PathOf(link.Asset), random.NextDouble(0.15, 0.85), random.NextDouble(minOffset, maxOffset), random);
            yield return new AssetDescriptor(Id(prefix, number), kind, $"{label} by {link.Asset.Name}", location, RoadLinkId: link.Asset.AssetId);
        }
    }

    private static IEnumerable<AssetDescriptor> HousingSensors(IReadOnlyList<BristolJourneyLink> links, CatalogueGeneratorOptions options)
    {
        var random = SeededRandom.ForStream(options.Seed, "damp");
        var placed = 0;
        for (var attempt = 0; placed < options.HousingSensorCount && attempt < options.HousingSensorCount * 200; attempt++)
        {
            var link = links[random.Next(links.Count)];
            var candidate = Beside(PathOf(link.Asset), random.NextDouble(0.05, 0.95), random.NextDouble(80, 400), random);
            if (candidate.DistanceMetresTo(CityCentre) < CityCentreRadiusMetres
                || GeoPath.DistanceMetres(candidate, AvonRiver.Path) < 150
                || links.Any(l => GeoPath.DistanceMetres(candidate, PathOf(l.Asset)) < 60))
            {
                continue;
            }

            var block = new GeoPoint(
                Math.Round(candidate.Lat / HousingGridDegrees) * HousingGridDegrees,
                Math.Round(candidate.Lon / HousingGridDegrees) * HousingGridDegrees);
            placed++;
            yield return new AssetDescriptor(
                Id("damp", placed), AssetKind.HousingSensor, $"Home damp sensor {placed} near {link.StartName}", GeoOffset.Rounded(block));
        }

        if (placed < options.HousingSensorCount)
        {
            throw new InvalidOperationException($"could place only {placed} of {options.HousingSensorCount} housing sensors away from roads and the centre");
        }
    }

    private static IEnumerable<AssetDescriptor> RiverGauges(int count)
    {
        for (var number = 1; number <= count; number++)
        {
            var location = GeoOffset.Rounded(GeoPath.PointAt(AvonRiver.Path, (number - 0.5) / count));
            yield return new AssetDescriptor(Id("river", number), AssetKind.RiverGauge, $"River Avon gauge near {AvonRiver.NearestPlace(location)}", location);
        }
    }

    /// <summary>Lamp columns come in runs of up to five, about 35 m apart on one side of a link, as on a real street.</summary>
    private static IEnumerable<AssetDescriptor> Streetlights(IReadOnlyList<BristolJourneyLink> links, CatalogueGeneratorOptions options)
    {
        const int RunLength = 5;
        const double SpacingMetres = 35;
        var random = SeededRandom.ForStream(options.Seed, "light");
        var number = 0;
        while (number < options.StreetlightCount)
        {
            var link = links[random.Next(links.Count)];
            var path = PathOf(link.Asset);
            var length = Math.Max(1, GeoPath.LengthMetres(path));
            var start = random.NextDouble(0.05, 0.6);
            var side = random.Chance(0.5) ? 90 : -90;
            for (var i = 0; i < RunLength && number < options.StreetlightCount; i++)
            {
                var fraction = Math.Min(1, start + (i * SpacingMetres / length));
                var location = GeoOffset.Towards(GeoPath.PointAt(path, fraction), GeoPath.BearingAt(path, fraction) + side, 6);
                number++;
                yield return new AssetDescriptor(
                    Id("light", number), AssetKind.Streetlight, $"Streetlight {number} on {link.Asset.Name}", GeoOffset.Rounded(location), RoadLinkId: link.Asset.AssetId);
            }
        }
    }

    private static GeoPoint Beside(IReadOnlyList<GeoPoint> path, double fraction, double offsetMetres, SeededRandom random)
    {
        var side = random.Chance(0.5) ? 90 : -90;
        var bearing = GeoPath.BearingAt(path, fraction) + side;
        return GeoOffset.Rounded(GeoOffset.Towards(GeoPath.PointAt(path, fraction), bearing, offsetMetres));
    }

    private static IReadOnlyList<GeoPoint> PathOf(AssetDescriptor link) => link.Path is { Count: > 0 } path ? path : [link.Location];

    private static IEnumerable<T> Shuffled<T>(IReadOnlyList<T> items, SeededRandom random)
    {
        var copy = items.ToArray();
        for (var i = copy.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy;
    }

    private static string Id(string prefix, int number) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{number:000}");
}
