using OpsCentre.Assets.Detection;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Assets.State;

/// <summary>
/// One city asset's live state: who it is, whether it is reporting, its latest readings per signal, the detector
/// on each signal and (for cameras) its recent analytics metadata. Owned by exactly one shard, so it is never
/// touched by two threads.
/// </summary>
public sealed class AssetEntity(AssetDescriptor descriptor, SignalDetectorFactory detectors, AnomalyOptions options)
{
    private readonly Dictionary<string, SignalTrack> _signals = new(StringComparer.Ordinal);

    public AssetDescriptor Descriptor { get; } = descriptor;

    public AssetStatus Status { get; private set; } = AssetStatus.Online;

    public DateTimeOffset? LastSeen { get; private set; }

    public long Observations { get; private set; }

    public CameraActivity? Camera { get; private set; }

    public IReadOnlyDictionary<string, SignalTrack> Signals => _signals;

    /// <summary>Applies one event and appends any anomaly it reveals to <paramref name="anomalies"/>.</summary>
    public void Apply(CityEvent cityEvent, List<Anomaly> anomalies)
    {
        // Out-of-order events (a late replay) update counters but never move "last seen" backwards.
        if (LastSeen is null || cityEvent.ObservedAt > LastSeen)
        {
            LastSeen = cityEvent.ObservedAt;
        }

        Observations++;
        if (Status == AssetStatus.Offline)
        {
            Status = AssetStatus.Online;
        }

        switch (cityEvent)
        {
            case TrafficReading traffic:
                Observe("speedKph", traffic.ObservedAt, traffic.SpeedKph, anomalies);
                Observe("flowVehiclesPerHour", traffic.ObservedAt, traffic.FlowVehiclesPerHour, anomalies);
                break;
            case SensorReading sensor:
                Observe(SignalNames.Of(sensor.Quantity), sensor.ObservedAt, sensor.Value, anomalies);
                break;
            case CameraEvent camera:
                (Camera ??= new CameraActivity()).Apply(camera);
                Observe("vehicles", camera.ObservedAt, VehicleCount(camera.Counts), anomalies);
                if (camera.Event != CameraEventKind.None)
                {
                    anomalies.Add(CameraAnomaly(camera));
                }

                break;
        }
    }

    /// <summary>Marks the asset offline (silent too long); returns false if it already was.</summary>
    public bool MarkOffline()
    {
        if (Status == AssetStatus.Offline)
        {
            return false;
        }

        Status = AssetStatus.Offline;
        return true;
    }

    private void Observe(string signal, DateTimeOffset at, double value, List<Anomaly> anomalies)
    {
        if (!_signals.TryGetValue(signal, out var track))
        {
            track = new SignalTrack(detectors(Descriptor.Kind, signal), options.RecentReadings);
            _signals[signal] = track;
        }

        track.Record(new TimedValue(at, value));
        var result = track.Detector.Observe(at.UtcDateTime, value);
        track.LastScore = result.Score;
        if (result.Score < options.Threshold)
        {
            if (track.FiringSince is not null && ++track.QuietRun >= options.QuietPointsToReset)
            {
                track.FiringSince = null;
                if (Status == AssetStatus.Degraded)
                {
                    Status = AssetStatus.Online;
                }
            }

            return;
        }

        track.QuietRun = 0;
        if (result.Why?.Component == OpsCentre.Detection.DetectorComponent.SensorHealth)
        {
            Status = AssetStatus.Degraded;
        }

        if (track.FiringSince is not null || (track.LastAnomalyAt is { } last && at - last < options.Cooldown))
        {
            track.FiringSince ??= at;
            return;
        }

        track.FiringSince = at;
        track.LastAnomalyAt = at;
        var expected = result.Why?.Expected ?? value;
        anomalies.Add(new Anomaly(
            AnomalyIds.From(Descriptor.AssetId, signal, at),
            Descriptor.AssetId,
            Descriptor.Kind,
            signal,
            PatternOf.Explanation(result.Why, value, expected),
            at,
            Math.Round(result.Score, 4),
            value,
            expected,
            result.Why?.Component.ToString() ?? "ensemble",
            result.Why?.Text ?? $"score {result.Score:0.00} at or above {options.Threshold:0.00}",
            Descriptor.Location));
    }

    private Anomaly CameraAnomaly(CameraEvent camera)
    {
        var signal = $"event:{camera.Event}";
        return new Anomaly(
            AnomalyIds.From(Descriptor.AssetId, signal, camera.ObservedAt),
            Descriptor.AssetId,
            Descriptor.Kind,
            signal,
            AnomalyPattern.CameraEvent,
            camera.ObservedAt,
            camera.Confidence ?? 1.0,
            1,
            0,
            "cctv-analytics",
            $"camera analytics reported {camera.Event}{(camera.Zone is { } zone ? $" in zone {zone}" : "")}"
                + (camera.Confidence is { } c ? $" (confidence {c:0.00})" : ""),
            Descriptor.Location);
    }

    private static double VehicleCount(IReadOnlyDictionary<string, int> counts)
    {
        var total = 0;
        foreach (var (label, count) in counts)
        {
            if (label is "car" or "bus" or "truck" or "van" or "motorcycle")
            {
                total += count;
            }
        }

        return total;
    }
}
