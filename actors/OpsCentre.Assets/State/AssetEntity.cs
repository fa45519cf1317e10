using OpsCentre.Assets.Detection;
using OpsCentre.Assets.Health;
using OpsCentre.Assets.Snapshots;
using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;
using OpsCentre.Contracts.Readings;
using OpsCentre.Detection;

namespace OpsCentre.Assets.State;

/// <summary>
/// One city asset's live state: who it is, whether it is reporting, its latest readings and detector per signal,
/// (for cameras) its recent analytics metadata, which input records it has applied, and the anomalies it raised
/// whose delivery is not yet confirmed. Owned by one shard's loop, so it is never touched by two threads at once.
/// </summary>
public sealed class AssetEntity
{
    private readonly Dictionary<string, SignalTrack> _signals = new(StringComparer.Ordinal);
    private readonly AssetModel _model;
    private List<UnconfirmedAnomaly>? _unconfirmed;

    public AssetEntity(AssetDescriptor descriptor, int partition, AssetModel model)
    {
        Descriptor = descriptor;
        Partition = partition;
        _model = model;
    }

    public AssetDescriptor Descriptor { get; }

    /// <summary>The Kafka partition number the asset's readings arrive on.</summary>
    public int Partition { get; }

    public AssetStatus Status { get; private set; } = AssetStatus.Online;

    public DateTimeOffset? LastSeen { get; private set; }

    /// <summary>Readings applied over the asset's whole life (across restores).</summary>
    public long Observations { get; private set; }

    /// <summary>Counts every change of state; see <see cref="AssetSummary.Revision"/>.</summary>
    public long Revision { get; private set; }

    /// <summary>The city topic of the last applied report.</summary>
    public string? ReportsOn { get; private set; }

    public ReportingCadence Cadence { get; } = new();

    public InputPositions Positions { get; } = new();

    public CameraActivity? Camera { get; private set; }

    public IReadOnlyDictionary<string, SignalTrack> Signals => _signals;

    public IReadOnlyList<UnconfirmedAnomaly> Unconfirmed => (IReadOnlyList<UnconfirmedAnomaly>?)_unconfirmed ?? [];

    /// <summary>Rebuilds an asset from its snapshot; detectors come back lazily (see <see cref="SignalTrack"/>).</summary>
    /// <param name="descriptor">The catalogue's descriptor when it knows the asset (it carries the geometry), else
    /// the snapshot's own.</param>
    /// <param name="unconfirmedGeneration">The delivery generation the snapshot's unconfirmed anomalies count as
    /// published in (they are kept until it is confirmed).</param>
    public static AssetEntity Restore(AssetSnapshot snapshot, AssetDescriptor descriptor, AssetModel model, long unconfirmedGeneration)
    {
        var summary = snapshot.Summary;
        var asset = new AssetEntity(descriptor, summary.Partition, model)
        {
            Status = summary.Status,
            LastSeen = summary.LastSeen,
            Observations = summary.Observations,
            Revision = summary.Revision,
            ReportsOn = summary.ReportsOn,
        };
        foreach (var gap in snapshot.ReportingGaps)
        {
            asset.Cadence.Learn(gap);
        }

        foreach (var (topic, offset) in snapshot.Positions)
        {
            asset.Positions.Advance(topic, offset);
        }

        foreach (var signal in snapshot.Signals)
        {
            var track = asset.Track(signal.Name);
            foreach (var reading in signal.Readings)
            {
                track.History.Add(reading.At, reading.Value);
            }

            track.FiringSince = signal.FiringSince;
            track.LastAnomalyAt = signal.LastAnomalyAt;
            track.QuietRun = signal.QuietRun;
            track.LastScore = signal.LastScore;
        }

        if (snapshot.Camera is { } camera)
        {
            asset.Camera = new CameraActivity(camera.LatestCounts, camera.CountsAt, camera.RecentEvents);
        }

        foreach (var anomaly in snapshot.UnconfirmedAnomalies)
        {
            asset.Remember(anomaly, unconfirmedGeneration);
        }

        return asset;
    }

    /// <summary>Whether the record at <paramref name="offset"/> of <paramref name="topic"/> is already in this state.</summary>
    public bool HasApplied(string topic, long offset) => Positions.Covers(topic, offset);

    /// <summary>
    /// Applies one reading, appending any anomaly it reveals to <paramref name="raised"/>. Every detector involved
    /// scores first; if one throws, nothing of the reading is applied (the exception is the supervisor's to handle).
    /// </summary>
    public void Observe(CityEvent reading, string topic, long offset, List<Anomaly> raised)
    {
        var at = reading.ObservedAt;
        switch (reading)
        {
            case TrafficReading traffic:
                var speed = Track("speedKph");
                var flow = Track("flowVehiclesPerHour");
                var speedScore = speed.Score(at, traffic.SpeedKph);
                var flowScore = flow.Score(at, traffic.FlowVehiclesPerHour);
                Accept(reading, topic, offset);
                Debounce(speed, at, traffic.SpeedKph, speedScore, raised);
                Debounce(flow, at, traffic.FlowVehiclesPerHour, flowScore, raised);
                break;
            case SensorReading sensor:
                var quantity = Track(SignalNames.Of(sensor.Quantity));
                var score = quantity.Score(at, sensor.Value);
                Accept(reading, topic, offset);
                Debounce(quantity, at, sensor.Value, score, raised);
                break;
            case CameraEvent camera:
                var vehicles = Track("vehicles");
                var count = VehicleCount(camera.Counts);
                var vehicleScore = vehicles.Score(at, count);
                Accept(reading, topic, offset);
                (Camera ??= new CameraActivity()).Apply(camera);
                Debounce(vehicles, at, count, vehicleScore, raised);
                if (camera.Event != CameraEventKind.None)
                {
                    raised.Add(CameraAnomaly(camera));
                }

                break;
            default:
                throw new ArgumentException($"no asset applies {reading.GetType().Name}", nameof(reading));
        }
    }

    /// <summary>
    /// Marks the asset offline if it has been silent for longer than its cadence allows at <paramref name="now"/>
    /// (its topic's stream time); returns the health anomaly to publish, or null.
    /// </summary>
    public Anomaly? CheckHealth(DateTimeOffset now)
    {
        if (Status == AssetStatus.Offline || LastSeen is not { } lastSeen)
        {
            return null;
        }

        var expected = Cadence.Expected ?? _model.Health.DefaultInterval;
        var offlineAt = lastSeen + _model.Health.OfflineAfter(expected);
        if (now < offlineAt)
        {
            return null;
        }

        Status = AssetStatus.Offline;
        Revision++;
        return HealthAnomalies.Offline(Descriptor, lastSeen, offlineAt, expected);
    }

    /// <summary>Keeps an anomaly published in <paramref name="generation"/> until that generation is confirmed.</summary>
    public void Remember(Anomaly anomaly, long generation) => (_unconfirmed ??= []).Add(new UnconfirmedAnomaly(generation, anomaly));

    /// <summary>Forgets the anomalies of every generation up to <paramref name="confirmedThrough"/>.</summary>
    public void ForgetConfirmed(long confirmedThrough)
    {
        if (_unconfirmed is null)
        {
            return;
        }

        _unconfirmed.RemoveAll(u => u.Generation <= confirmedThrough);
        if (_unconfirmed.Count == 0)
        {
            _unconfirmed = null;
        }
    }

    private SignalTrack Track(string signal)
    {
        if (!_signals.TryGetValue(signal, out var track))
        {
            track = new SignalTrack(signal, Descriptor.Kind, _model.Detectors, _model.HistoryCapacity);
            _signals[signal] = track;
        }

        return track;
    }

    private void Accept(CityEvent reading, string topic, long offset)
    {
        if (LastSeen is { } last)
        {
            Cadence.Learn(reading.ObservedAt - last);
        }

        // Out-of-order events (a late replay) are counted but never move "last seen" backwards.
        if (LastSeen is null || reading.ObservedAt > LastSeen)
        {
            LastSeen = reading.ObservedAt;
        }

        Observations++;
        Revision++;
        ReportsOn = topic;
        Positions.Advance(topic, offset);
        if (Status == AssetStatus.Offline)
        {
            Status = AssetStatus.Online;
        }
    }

    private void Debounce(SignalTrack track, DateTimeOffset at, double value, DetectionResult result, List<Anomaly> raised)
    {
        track.Record(at, value, result.Score);
        var options = _model.Anomalies;
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
        if (result.Why?.Component == DetectorComponent.SensorHealth)
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
        raised.Add(new Anomaly(
            AnomalyIds.From(Descriptor.AssetId, track.Name, at),
            Descriptor.AssetId,
            Descriptor.Kind,
            track.Name,
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
