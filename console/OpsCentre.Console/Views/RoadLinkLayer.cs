using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpsCentre.Console.Node;

namespace OpsCentre.Console.Views;

/// <summary>
/// The map's base layer: Bristol's ANPR journey links (Bristol City Council, OGL v3) as GeoJSON, read once from the
/// data folder and trimmed to what the map draws (geometry at 6 decimals ≈ 0.1 m, the link's asset id, name and
/// length), then kept with a gzip copy and an ETag. There is no tile server: these lines are the map.
/// </summary>
public sealed class RoadLinkLayer(NodeOptions node)
{
    public const string RelativePath = "city/geo/bristol/dim-journey-links.geojson";

    private readonly Lazy<Task<MapLayerContent>> _content = new(() => Task.Run(() => Load(node.DataRoot)));

    public Task<MapLayerContent> GetAsync() => _content.Value;

    public static MapLayerContent Load(string? dataRoot)
    {
        if (dataRoot is null)
        {
            throw new FileNotFoundException($"no data folder configured (NodeOptions.DataRoot), so {RelativePath} cannot be found");
        }

        var path = Path.Combine(dataRoot, RelativePath);
        var source = JsonNode.Parse(File.ReadAllBytes(path))?.AsObject() ?? throw new InvalidDataException($"{path} is empty");
        var features = new JsonArray();
        foreach (var feature in source["features"]?.AsArray() ?? throw new InvalidDataException($"{path} has no features"))
        {
            var properties = feature?["properties"];
            var geometry = feature?["geometry"];
            if (properties?["journeylinkid"]?.GetValue<string>() is not { } linkId || geometry?["coordinates"] is not JsonArray coordinates)
            {
                continue;
            }

            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["geometry"] = new JsonObject { ["type"] = geometry["type"]?.GetValue<string>(), ["coordinates"] = Round(coordinates) },
                ["properties"] = new JsonObject
                {
                    ["assetId"] = $"link-{linkId}",
                    ["name"] = properties["journeylinkdescription"]?.GetValue<string>() ?? linkId,
                    ["lengthMetres"] = properties["length_m"] is { } length ? Math.Round(length.GetValue<double>()) : null,
                },
            });
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["type"] = "FeatureCollection", ["features"] = features });
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(json);
        }

        return new MapLayerContent(json, compressed.ToArray(), $"\"{Convert.ToHexString(SHA256.HashData(json), 0, 8)}\"", features.Count);
    }

    private static JsonNode Round(JsonNode node) => node switch
    {
        JsonArray array => new JsonArray([.. array.Select(item => item is null ? null : Round(item))]),
        JsonValue value when value.TryGetValue<double>(out var number) => JsonValue.Create(Math.Round(number, 6)),
        _ => node.DeepClone(),
    };
}
