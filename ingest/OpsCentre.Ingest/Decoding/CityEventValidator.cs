using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Assets;
using OpsCentre.Ingest.Privacy;

namespace OpsCentre.Ingest.Decoding;

/// <summary>
/// The checks a structurally valid event must pass before it reaches the detectors: nothing identifying, a known
/// asset of the right kind, physically possible values, and a believable timestamp. Used by the decoder on every
/// message and usable on events built in process (adapters, replays) before they are published.
/// Privacy is checked first: a message with personal data is refused as such whatever else is wrong with it.
/// </summary>
public sealed class CityEventValidator
{
    private readonly IAssetDirectory _assets;
    private readonly TimeProvider _clock;
    private readonly DecoderOptions _options;

    public CityEventValidator(IAssetDirectory assets, TimeProvider clock, DecoderOptions? options = null)
    {
        _assets = assets ?? throw new ArgumentNullException(nameof(assets));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _options = (options ?? DecoderOptions.Default).Validated();
    }

    /// <summary>Null when the event is acceptable, otherwise why not.</summary>
    public Rejected? Check(CityEvent cityEvent) =>
        CheckPrivacy(cityEvent)
        ?? CheckAsset(cityEvent)
        ?? CheckValues(cityEvent)
        ?? CheckTimestamp(cityEvent.ObservedAt);

    private static Rejected? CheckPrivacy(CityEvent cityEvent)
    {
        if (cityEvent is not CameraEvent camera)
        {
            return null;
        }

        if (camera.Counts is null)
        {
            return new Rejected(RejectionReason.MissingField, "counts must not be null");
        }

        if (camera.TrackRef is { } trackRef && !TrackRefHasher.LooksLikeTrackRef(trackRef))
        {
            return new Rejected(
                RejectionReason.IdentifyingData,
                $"trackRef is not a keyed hash ({TrackRefHasher.Length} lower-case hex digits); a raw engine id links to stored images");
        }

        if (camera.Zone is { } zone && IdentifyingData.LooksLikeNumberPlate(zone))
        {
            return RejectionClassifier.IdentifyingField("$.zone");
        }

        foreach (var objectClass in camera.Counts.Keys)
        {
            if (IdentifyingData.IsIdentifyingFieldName(objectClass) || IdentifyingData.LooksLikeNumberPlate(objectClass))
            {
                return RejectionClassifier.IdentifyingField("$.counts (a class name)");
            }
        }

        return null;
    }

    private Rejected? CheckAsset(CityEvent cityEvent)
    {
        if (string.IsNullOrEmpty(cityEvent.AssetId))
        {
            return new Rejected(RejectionReason.MissingField, "assetId is empty");
        }

        if (!_assets.TryGet(cityEvent.AssetId, out var asset))
        {
            return new Rejected(RejectionReason.UnknownAsset, $"asset '{cityEvent.AssetId}' is not in the asset directory");
        }

        return cityEvent switch
        {
            TrafficReading when asset.Kind != AssetKind.RoadLink => WrongKind(asset, "traffic readings come from road links"),
            CameraEvent when asset.Kind != AssetKind.Camera => WrongKind(asset, "camera events come from cameras"),
            SensorReading sensor when !Enum.IsDefined(sensor.Quantity) => null,
            SensorReading when AssetCapabilities.QuantitiesOf(asset.Kind).Count == 0 => WrongKind(asset, "sensor readings come from sensors"),
            SensorReading sensor when !AssetCapabilities.Measures(asset.Kind, sensor.Quantity) =>
                WrongKind(asset, $"it does not measure {sensor.Quantity} (it measures {string.Join(", ", AssetCapabilities.QuantitiesOf(asset.Kind))})"),
            _ => null,
        };
    }

    private Rejected? CheckValues(CityEvent cityEvent) => cityEvent switch
    {
        TrafficReading traffic =>
            Range("flowVehiclesPerHour", traffic.FlowVehiclesPerHour, 0, _options.MaxFlowVehiclesPerHour, "veh/h")
            ?? Range("speedKph", traffic.SpeedKph, 0, _options.MaxSpeedKph, "km/h")
            ?? Range("travelTimeSeconds", traffic.TravelTimeSeconds, 0, _options.MaxTravelTimeSeconds, "s"),
        CameraEvent camera => CheckCamera(camera),
        SensorReading sensor => CheckSensor(sensor),
        _ => null,
    };

    private Rejected? CheckCamera(CameraEvent camera)
    {
        if (!Enum.IsDefined(camera.Event))
        {
            return new Rejected(RejectionReason.InvalidFieldValue, $"event {(int)camera.Event} is not a defined camera event");
        }

        if (camera.Confidence is { } confidence && Range("confidence", confidence, 0, 1, "") is { } badConfidence)
        {
            return badConfidence;
        }

        foreach (var (objectClass, count) in camera.Counts)
        {
            if (!_options.Classes.Contains(objectClass))
            {
                return new Rejected(
                    RejectionReason.InvalidFieldValue,
                    $"counts has class '{objectClass}'; allowed classes are {string.Join(", ", _options.Classes.Order(StringComparer.Ordinal))}");
            }

            if (count < 0 || count > _options.MaxObjectCount)
            {
                return new Rejected(RejectionReason.OutOfRange, $"counts.{objectClass} is {count}; must be 0 to {_options.MaxObjectCount}");
            }
        }

        return null;
    }

    private static Rejected? CheckSensor(SensorReading sensor)
    {
        if (!Enum.IsDefined(sensor.Quantity))
        {
            return new Rejected(RejectionReason.InvalidFieldValue, $"quantity {(int)sensor.Quantity} is not a defined quantity");
        }

        var (min, max) = QuantityRanges.For(sensor.Quantity);
        return Range($"value ({sensor.Quantity})", sensor.Value, min, max, QuantityRanges.UnitOf(sensor.Quantity));
    }

    private Rejected? CheckTimestamp(DateTimeOffset observedAt)
    {
        var now = _clock.GetUtcNow();
        if (observedAt - now > _options.FutureSkew)
        {
            return new Rejected(
                RejectionReason.TimestampInFuture,
                $"observedAt {observedAt:O} is {(observedAt - now).TotalSeconds:0}s ahead of ingest's clock; at most {_options.FutureSkew.TotalSeconds:0}s of skew is allowed");
        }

        if (_options.AgeLimit is { } limit && now - observedAt > limit)
        {
            return new Rejected(
                RejectionReason.TimestampTooOld,
                $"observedAt {observedAt:O} is {(now - observedAt).TotalHours:0.#}h old; the limit is {limit.TotalHours:0.#}h");
        }

        return null;
    }

    private static Rejected WrongKind(AssetDescriptor asset, string why) =>
        new(RejectionReason.WrongAssetKind, $"asset '{asset.AssetId}' is a {asset.Kind}: {why}");

    private static Rejected? Range(string field, double value, double min, double max, string unit)
    {
        if (!double.IsFinite(value))
        {
            return new Rejected(RejectionReason.OutOfRange, $"{field} is {value}; it must be a finite number");
        }

        var withUnit = unit.Length == 0 ? "" : $" {unit}";
        return value < min || value > max
            ? new Rejected(RejectionReason.OutOfRange, $"{field} is {value}{withUnit}; it must be between {min} and {max}{withUnit}")
            : null;
    }
}
