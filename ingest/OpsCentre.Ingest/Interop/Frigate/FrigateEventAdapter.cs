using System.Text.Json;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Privacy;

namespace OpsCentre.Ingest.Interop.Frigate;

/// <summary>
/// Maps Frigate NVR MQTT messages — <c>frigate/events</c> (one tracked object, before/after) and
/// <c>frigate/reviews</c> (a review item summarising several) — to <see cref="CameraEvent"/>s.
/// It reads an allowlist of fields from the "after" state and copies nothing else, so plates
/// (<c>recognized_license_plate*</c>), face-recognition names (<c>sub_label</c>, <c>sub_labels</c>), face attributes,
/// snapshots, thumbnails, boxes and regions never leave this class; the Frigate id becomes a keyed-hash TrackRef.
/// See Privacy/PRIVACY.md.
/// </summary>
public sealed class FrigateEventAdapter
{
    private const string HashSource = "frigate";

    private readonly FrigateOptions _options;
    private readonly TrackRefHasher _hasher;

    public FrigateEventAdapter(FrigateOptions options, TrackRefHasher hasher)
    {
        _options = options.Validated();
        _hasher = hasher ?? throw new ArgumentNullException(nameof(hasher));
    }

    /// <summary>Translates one <c>frigate/events</c> payload.</summary>
    public InteropTranslation TranslateEvent(ReadOnlySpan<byte> payload)
    {
        using var document = JsonPayload.ParseObject(payload, "payload", out var failure);
        if (document is null)
        {
            return InteropTranslation.Nothing(failure!);
        }

        if (MappedAfterState(document, out var unmapped) is not { } state)
        {
            return InteropTranslation.Nothing(unmapped!);
        }

        var (tracked, assetId) = state;

        if (JsonFields.Boolean(tracked, "false_positive") == true)
        {
            return InteropTranslation.Nothing("Frigate marked the object a false positive");
        }

        var label = JsonFields.String(tracked, "label");
        if (label is null || !_options.Classes.TryGetValue(label, out var objectClass))
        {
            return InteropTranslation.Nothing("the object's label is not a counted class");
        }

        var observedAt = JsonFields.EpochSeconds(tracked, "frame_time") ?? JsonFields.EpochSeconds(tracked, "start_time");
        var id = JsonFields.String(tracked, "id");
        if (observedAt is null || id is null)
        {
            return InteropTranslation.Nothing("the event has no frame_time/start_time or no id");
        }

        var zones = JsonFields.Strings(tracked, "current_zones");
        var cameraEvent = new CameraEvent(
            assetId,
            observedAt.Value,
            new Dictionary<string, int>(StringComparer.Ordinal) { [objectClass] = 1 },
            EventKind(tracked, objectClass, zones),
            ClampedConfidence(JsonFields.Number(tracked, "top_score") ?? JsonFields.Number(tracked, "score")),
            SafeZone(zones),
            _hasher.Hash(HashSource, id));
        return new InteropTranslation([cameraEvent], [], []);
    }

    /// <summary>
    /// Translates one <c>frigate/reviews</c> payload: one count per object class the review lists (Frigate gives the
    /// classes present, not how many of each), no event kind, the review id hashed as the TrackRef.
    /// </summary>
    public InteropTranslation TranslateReview(ReadOnlySpan<byte> payload)
    {
        using var document = JsonPayload.ParseObject(payload, "payload", out var failure);
        if (document is null)
        {
            return InteropTranslation.Nothing(failure!);
        }

        if (MappedAfterState(document, out var unmapped) is not { } state)
        {
            return InteropTranslation.Nothing(unmapped!);
        }

        var (review, assetId) = state;

        var observedAt = JsonFields.EpochSeconds(review, "end_time") ?? JsonFields.EpochSeconds(review, "start_time");
        var id = JsonFields.String(review, "id");
        if (observedAt is null || id is null)
        {
            return InteropTranslation.Nothing("the review has no start_time or no id");
        }

        var data = JsonFields.Object(review, "data") ?? default;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var label in JsonFields.Strings(data, "objects"))
        {
            if (_options.Classes.TryGetValue(label, out var objectClass))
            {
                counts[objectClass] = 1;
            }
        }

        if (counts.Count == 0)
        {
            return InteropTranslation.Nothing("the review lists no counted object class");
        }

        var cameraEvent = new CameraEvent(assetId, observedAt.Value, counts, Zone: SafeZone(JsonFields.Strings(data, "zones")), TrackRef: _hasher.Hash(HashSource, id));
        return new InteropTranslation([cameraEvent], [], []);
    }

    private CameraEventKind EventKind(JsonElement tracked, string objectClass, IReadOnlyList<string> zones)
    {
        if (FrigateOptions.IsVehicle(objectClass) && JsonFields.Boolean(tracked, "stationary") == true)
        {
            var motionless = TimeSpan.FromSeconds((JsonFields.Number(tracked, "motionless_count") ?? 0) / _options.DetectFramesPerSecond);
            if (motionless >= _options.StoppedAfter)
            {
                return CameraEventKind.StoppedVehicle;
            }
        }

        return objectClass == "person" && zones.Any(_options.Carriageway.Contains)
            ? CameraEventKind.PersonInRoad
            : CameraEventKind.None;
    }

    /// <summary>Zone names come from the installer's config; one that looks like a plate is dropped rather than trusted.</summary>
    private static string? SafeZone(IReadOnlyList<string> zones) =>
        zones.FirstOrDefault(z => z.Length is > 0 and <= 64 && !IdentifyingData.LooksLikeNumberPlate(z));

    private static double? ClampedConfidence(double? score) => score is { } s && double.IsFinite(s) ? Math.Clamp(s, 0, 1) : null;

    /// <summary>The message's "after" state and the asset its camera maps to, or null with the reason.</summary>
    private (JsonElement After, string AssetId)? MappedAfterState(JsonDocument document, out string? failure)
    {
        failure = null;
        if (JsonFields.Object(document.RootElement, "after") is not { } after)
        {
            failure = "no 'after' object in the message";
            return null;
        }

        if (JsonFields.String(after, "camera") is not { } camera || !_options.CameraAssets.TryGetValue(camera, out var assetId))
        {
            failure = "the Frigate camera has no asset mapping";
            return null;
        }

        return (after, assetId);
    }
}
