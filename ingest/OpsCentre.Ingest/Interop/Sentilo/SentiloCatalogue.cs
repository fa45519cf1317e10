using System.Globalization;
using System.Text.Json;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Assets;

namespace OpsCentre.Ingest.Interop.Sentilo;

/// <summary>
/// Reads a Sentilo catalog body (<c>POST /catalog/{provider}</c>: <c>{"sensors":[{"sensor","type","location":"lat lon",…}]}</c>)
/// into assets and the sensor → asset mapping the observation adapter needs. Sensor types map to a kind and
/// quantity by <see cref="DefaultTypes"/> (or the caller's map); other types are noted and skipped.
/// </summary>
public static class SentiloCatalogue
{
    /// <summary>
    /// Sentilo sensor type → (asset kind, quantity). Humidity goes to housing sensors: indoor relative humidity is the
    /// only humidity the city tracks (damp and mould), so an outdoor "meteo" humidity sensor should be remapped or left out.
    /// </summary>
    public static IReadOnlyDictionary<string, (AssetKind Kind, Quantity Quantity)> DefaultTypes { get; } =
        new Dictionary<string, (AssetKind, Quantity)>(StringComparer.OrdinalIgnoreCase)
        {
            ["no2"] = (AssetKind.AirQualityMonitor, Quantity.No2),
            ["pm10"] = (AssetKind.AirQualityMonitor, Quantity.Pm10),
            ["pm2_5"] = (AssetKind.AirQualityMonitor, Quantity.Pm25),
            ["pm25"] = (AssetKind.AirQualityMonitor, Quantity.Pm25),
            ["noise"] = (AssetKind.NoiseSensor, Quantity.NoiseDba),
            ["humidity"] = (AssetKind.HousingSensor, Quantity.RelativeHumidity),
            ["temperature"] = (AssetKind.HousingSensor, Quantity.TemperatureCelsius),
        };

    public static (InteropTranslation Assets, IReadOnlyDictionary<string, SentiloSensor> Sensors) Read(
        ReadOnlySpan<byte> catalogBody, IReadOnlyDictionary<string, (AssetKind Kind, Quantity Quantity)>? types = null)
    {
        types ??= DefaultTypes;
        var assets = new List<AssetDescriptor>();
        var sensors = new Dictionary<string, SentiloSensor>(StringComparer.Ordinal);
        var notes = new List<string>();
        using var document = JsonPayload.ParseObject(catalogBody, "catalog body", out var failure);
        if (document is null)
        {
            return (InteropTranslation.Nothing(failure!), sensors);
        }

        if (!document.RootElement.TryGetProperty("sensors", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return (InteropTranslation.Nothing("the catalog body has no sensors array"), sensors);
        }

        foreach (var entry in list.EnumerateArray())
        {
            var sensor = JsonFields.String(entry, "sensor");
            var type = JsonFields.String(entry, "type");
            if (sensor is null || type is null || !types.TryGetValue(type, out var mapping))
            {
                notes.Add($"sensor type '{type}' is not mapped");
                continue;
            }

            if (ParseLocation(JsonFields.String(entry, "location")) is not { } location)
            {
                notes.Add($"sensor '{sensor}' has no usable location");
                continue;
            }

            var assetId = AssetIds.Create(mapping.Kind, $"sentilo-{sensor}");
            sensors[sensor] = new SentiloSensor(assetId, mapping.Quantity);
            if (assets.All(a => a.AssetId != assetId))
            {
                assets.Add(new AssetDescriptor(assetId, mapping.Kind, $"Sentilo {type} sensor: {JsonFields.String(entry, "description") ?? sensor}", location));
            }
        }

        return (new InteropTranslation([], assets, notes), sensors);
    }

    /// <summary>Sentilo writes locations as "latitude longitude".</summary>
    private static GeoPoint? ParseLocation(string? text)
    {
        var parts = text?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is not { Length: 2 }
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
        {
            return null;
        }

        var point = new GeoPoint(lat, lon);
        return point.IsValid ? point : null;
    }
}
