using System.Text.Json;
using OpsCentre.Contracts.Assets;
using OpsCentre.Ingest.Assets;

namespace OpsCentre.Ingest.Catalogue;

/// <summary>
/// Reads Bristol City Council's <c>dim-journey-links.geojson</c> (OGL v3): one LineString feature per ANPR journey
/// link with <c>journeylinkid</c>, <c>journeylinkdescription</c>, <c>length_m</c> and <c>geo_point_2d</c>.
/// Each becomes a RoadLink asset <c>link-&lt;journeylinkid&gt;</c>; GeoJSON positions are [lon, lat].
/// </summary>
public static class BristolJourneyLinks
{
    public static IReadOnlyList<BristolJourneyLink> Read(string geoJsonPath)
    {
        using var stream = File.OpenRead(geoJsonPath);
        using var document = JsonDocument.Parse(stream);
        var links = new List<BristolJourneyLink>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            links.Add(ReadFeature(feature));
        }

        return [.. links.OrderBy(l => l.Asset.AssetId, StringComparer.Ordinal)];
    }

    private static BristolJourneyLink ReadFeature(JsonElement feature)
    {
        var properties = feature.GetProperty("properties");
        var linkId = properties.GetProperty("journeylinkid").GetString()
            ?? throw new InvalidDataException("journey link without journeylinkid");
        var geometry = feature.GetProperty("geometry");
        if (geometry.GetProperty("type").GetString() != "LineString")
        {
            throw new InvalidDataException($"journey link {linkId} is not a LineString");
        }

        var path = geometry.GetProperty("coordinates").EnumerateArray()
            .Select(position => new GeoPoint(position[1].GetDouble(), position[0].GetDouble()))
            .ToList();
        var centre = properties.TryGetProperty("geo_point_2d", out var point) && point.ValueKind == JsonValueKind.Array
            ? new GeoPoint(point[0].GetDouble(), point[1].GetDouble())
            : Geo.GeoPath.PointAt(path, 0.5);
        var length = properties.TryGetProperty("length_m", out var lengthElement) && lengthElement.ValueKind == JsonValueKind.Number
            ? lengthElement.GetDouble()
            : Geo.GeoPath.LengthMetres(path);

        var asset = new AssetDescriptor(
            AssetIds.Create(AssetKind.RoadLink, linkId),
            AssetKind.RoadLink,
            properties.GetProperty("journeylinkdescription").GetString() ?? linkId,
            centre,
            path,
            Math.Round(length, 1));
        return new BristolJourneyLink(asset, CleanName(properties, "journeystartclean", "journeystart"), CleanName(properties, "journeyendclean", "journeyend"));
    }

    private static string CleanName(JsonElement properties, string preferred, string fallback) =>
        (properties.TryGetProperty(preferred, out var clean) ? clean.GetString() : null)
        ?? (properties.TryGetProperty(fallback, out var raw) ? raw.GetString() : null)
        ?? "unnamed site";
}
