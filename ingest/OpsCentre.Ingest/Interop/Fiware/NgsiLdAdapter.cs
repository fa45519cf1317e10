using System.Text.Json;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Assets;
using OpsCentre.Ingest.Geo;

namespace OpsCentre.Ingest.Interop.Fiware;

/// <summary>
/// Maps FIWARE smart-data-model entities in NGSI-LD normalized form to city events:
/// AirQualityObserved → NO2 / PM2.5 / PM10 / temperature readings, NoiseLevelObserved → LAeq dB(A),
/// TrafficFlowObserved → a traffic reading (intensity over the observation period → vehicles per hour; travel time
/// from the link length and average speed), CrowdFlowObserved → a camera person count (Crowd when congested).
/// An entity from a device the directory does not know yields a new asset located from its <c>location</c>
/// GeoProperty, returned for the caller to register and publish before the events.
/// </summary>
public sealed class NgsiLdAdapter(IAssetDirectory assets, NgsiLdOptions? options = null)
{
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal)
    {
        "dateObserved", "dateObservedFrom", "dateObservedTo", "location", "address", "source", "refDevice", "refPointOfInterest",
        "areaServed", "name", "description", "dataProvider", "dateCreated", "dateModified", "reliability", "typeOfLocation",
    };

    private readonly NgsiLdOptions _options = options ?? NgsiLdOptions.Default;

    public InteropTranslation Translate(ReadOnlySpan<byte> entityJson)
    {
        using var document = JsonPayload.ParseObject(entityJson, "entity", out var failure);
        if (document is null)
        {
            return InteropTranslation.Nothing(failure!);
        }

        var entity = new NgsiLdEntity(document.RootElement);
        return entity.Type switch
        {
            "AirQualityObserved" => Sensors(entity, AssetKind.AirQualityMonitor, "Air quality", AirQualityAttribute),
            "NoiseLevelObserved" => Sensors(entity, AssetKind.NoiseSensor, "Noise", NoiseAttribute),
            "TrafficFlowObserved" => TrafficFlow(entity),
            "CrowdFlowObserved" => CrowdFlow(entity),
            var other => InteropTranslation.Nothing($"entity type '{other}' is not mapped"),
        };
    }

    private InteropTranslation Sensors(NgsiLdEntity entity, AssetKind kind, string label, Func<NgsiLdEntity, string, (Quantity, double)?> read)
    {
        var notes = new List<string>();
        if (Resolve(entity, kind, label, notes) is not { } resolved || ObservedAt(entity, notes) is not { } observedAt)
        {
            return new InteropTranslation([], [], notes);
        }

        var (assetId, newAsset) = resolved;

        var events = new List<CityEvent>();
        foreach (var attribute in entity.AttributeNames.Where(a => !Bookkeeping.Contains(a)))
        {
            if (read(entity, attribute) is var (quantity, value))
            {
                events.Add(new SensorReading(assetId, observedAt, quantity, value));
            }
            else if (entity.Number(attribute) is not null)
            {
                notes.Add($"{attribute}: not mapped (no matching quantity or unit)");
            }
        }

        return new InteropTranslation(events, newAsset is null ? [] : [newAsset], notes);
    }

    /// <summary>Concentrations in µg/m³ (unitCode GQ, or none), mg/m³ (GP) converted; temperature in °C (CEL, or none).</summary>
    private static (Quantity, double)? AirQualityAttribute(NgsiLdEntity entity, string attribute)
    {
        Quantity? quantity = attribute switch
        {
            "no2" => Quantity.No2,
            "pm25" => Quantity.Pm25,
            "pm10" => Quantity.Pm10,
            _ => null,
        };
        if (quantity is { } pollutant && entity.Number(attribute) is { } concentration)
        {
            return entity.UnitCode(attribute) switch
            {
                null or "GQ" => (pollutant, concentration),
                "GP" => (pollutant, concentration * 1_000),
                _ => null,
            };
        }

        return attribute == "temperature" && entity.Number(attribute) is { } celsius && entity.UnitCode(attribute) is null or "CEL"
            ? (Quantity.TemperatureCelsius, celsius)
            : null;
    }

    /// <summary>LAeq (equivalent continuous level) is the dB(A) figure the city's noise sensors report; LAmax/LAS are not.</summary>
    private static (Quantity, double)? NoiseAttribute(NgsiLdEntity entity, string attribute) =>
        attribute == "LAeq" && entity.Number(attribute) is { } level ? (Quantity.NoiseDba, level) : null;

    private InteropTranslation TrafficFlow(NgsiLdEntity entity)
    {
        var notes = new List<string>();
        if (Resolve(entity, AssetKind.RoadLink, "Road", notes) is not { } resolved || ObservedAt(entity, notes) is not { } observedAt)
        {
            return new InteropTranslation([], [], notes);
        }

        var (assetId, newAsset) = resolved;

        var from = entity.DateTime("dateObservedFrom");
        var to = entity.DateTime("dateObservedTo");
        var speed = entity.Number("averageVehicleSpeed");
        var intensity = entity.Number("intensity");
        var length = newAsset?.LengthMetres ?? (assets.TryGet(assetId, out var known) ? known.LengthMetres : null);
        if (from is null || to is null || to <= from || intensity is null || speed is not > 0 || length is not > 0)
        {
            notes.Add("a traffic reading needs dateObservedFrom < dateObservedTo, intensity, averageVehicleSpeed > 0 and a link length");
            return new InteropTranslation([], newAsset is null ? [] : [newAsset], notes);
        }

        var flowPerHour = intensity.Value * 3_600 / (to.Value - from.Value).TotalSeconds;
        var travelTime = length.Value / (speed.Value / 3.6);
        var reading = new TrafficReading(assetId, observedAt, flowPerHour, speed.Value, Math.Round(travelTime, 1));
        return new InteropTranslation([reading], newAsset is null ? [] : [newAsset], notes);
    }

    private InteropTranslation CrowdFlow(NgsiLdEntity entity)
    {
        var notes = new List<string>();
        if (Resolve(entity, AssetKind.Camera, "Crowd counter", notes) is not { } resolved || ObservedAt(entity, notes) is not { } observedAt)
        {
            return new InteropTranslation([], [], notes);
        }

        var (assetId, newAsset) = resolved;

        if (entity.Number("peopleCount") is not { } people)
        {
            notes.Add("a crowd count needs peopleCount");
            return new InteropTranslation([], newAsset is null ? [] : [newAsset], notes);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal) { ["person"] = (int)Math.Round(people) };
        var kind = entity.Boolean("congested") == true ? CameraEventKind.Crowd : CameraEventKind.None;
        var cameraEvent = new CameraEvent(assetId, observedAt, counts, kind);
        return new InteropTranslation([cameraEvent], newAsset is null ? [] : [newAsset], notes);
    }

    /// <summary>An observation stands at the end of its period when it has one, else at its observation time.</summary>
    private static DateTimeOffset? ObservedAt(NgsiLdEntity entity, List<string> notes)
    {
        var at = entity.DateTime("dateObservedTo") ?? entity.DateTime("dateObserved") ?? entity.DateTime("dateObservedFrom");
        if (at is null)
        {
            notes.Add("the entity has no dateObserved / dateObservedTo");
        }

        return at;
    }

    private (string AssetId, AssetDescriptor? NewAsset)? Resolve(NgsiLdEntity entity, AssetKind kind, string label, List<string> notes)
    {
        if (entity.SourceKey() is not { Length: > 0 } sourceKey)
        {
            notes.Add("the entity has no id");
            return null;
        }

        var assetId = _options.Devices.TryGetValue(sourceKey, out var mapped)
            ? mapped
            : AssetIds.Create(kind, $"ngsi-{sourceKey[(sourceKey.LastIndexOf(':') + 1)..]}");
        if (assets.TryGet(assetId, out var existing))
        {
            if (existing.Kind == kind)
            {
                return (assetId, null);
            }

            notes.Add($"asset '{assetId}' is a {existing.Kind}, not a {kind}");
            return null;
        }

        if (!_options.RegisterUnknownDevices)
        {
            notes.Add($"device '{assetId}' is not in the directory and registering devices is off");
            return null;
        }

        if (entity.LocationPath() is not { } path)
        {
            notes.Add($"device '{assetId}' is new but the entity has no usable location");
            return null;
        }

        var name = $"{label} (FIWARE): {entity.AddressText() ?? entity.Text("areaServed") ?? entity.Text("name") ?? sourceKey}";
        var isLink = kind == AssetKind.RoadLink && path.Count >= 2;
        var asset = new AssetDescriptor(
            assetId,
            kind,
            name,
            GeoPath.PointAt(path, 0.5),
            isLink ? path : null,
            isLink ? Math.Round(GeoPath.LengthMetres(path), 1) : null);
        return (assetId, asset);
    }
}
