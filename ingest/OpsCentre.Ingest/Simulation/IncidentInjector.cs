using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Randomness;

namespace OpsCentre.Ingest.Simulation;

/// <summary>
/// Starts incidents on schedule, records their ground truth, and turns the active ones into each tick's
/// <see cref="IncidentEffects"/>. Signatures: a collision caps the link's speed at 5–12 km/h (travel time jumps
/// accordingly), keeps 35 % of its flow and makes the nearest camera report StoppedVehicle (confidence 0.85–0.97);
/// a pollution spike adds 120–250 µg/m³ NO2 at a monitor and 60 % of that at up to three neighbours within
/// 1.5 km, ramping over 10 minutes; a stuck sensor repeats its last value; a river rise adds 1.5–3 m, rising over
/// the first 40 % of the incident and falling over the last 40 %; fly-tipping and wrong-way vehicles are camera
/// events (confidence 0.7–0.95). Randomly chosen targets avoid assets already in an incident.
/// </summary>
internal sealed class IncidentInjector
{
    private const double PollutionNeighbourRadiusMetres = 1_500;
    private const int MaxPollutionNeighbours = 3;
    private static readonly TimeSpan PollutionRamp = TimeSpan.FromMinutes(10);

    private readonly CityLayout _layout;
    private readonly CityFeedOptions _options;
    private readonly SeededRandom _random;
    private readonly Queue<PlannedIncident> _planned;
    private readonly List<ActiveIncident> _active = [];
    private readonly List<InjectedIncident> _all = [];

    public IncidentInjector(CityLayout layout, CityFeedOptions options)
    {
        _layout = layout;
        _options = options;
        _random = SeededRandom.ForStream(options.Seed, "incidents");
        _planned = new Queue<PlannedIncident>(
            options.Schedule is ExplicitIncidentSchedule list ? list.Incidents.OrderBy(p => p.After) : []);
    }

    public IReadOnlyList<InjectedIncident> All => _all;

    /// <summary>Ends finished incidents, starts due ones, and fills this tick's effects. Returns those started now.</summary>
    public IReadOnlyList<InjectedIncident> Advance(TickClock clock, IncidentEffects effects)
    {
        _active.RemoveAll(a => clock.At >= a.Truth.End);
        var started = new List<InjectedIncident>();
        while (_planned.TryPeek(out var next) && _options.Start + next.After <= clock.At)
        {
            _planned.Dequeue();
            started.Add(Start(next.Kind, next.AssetId, clock.At, next.Duration, explicitTarget: true)!);
        }

        if (_options.Schedule is RandomIncidentSchedule random)
        {
            var kinds = random.Kinds is { Count: > 0 } k ? k : Enum.GetValues<IncidentKind>();
            var count = _random.NextPoisson(random.PerDay * clock.TickHours / 24);
            for (var i = 0; i < count; i++)
            {
                var kind = kinds[_random.Next(kinds.Count)];
                if (Start(kind, null, clock.At, RandomDuration(kind), explicitTarget: false) is { } incident)
                {
                    started.Add(incident);
                }
            }
        }

        effects.Clear();
        foreach (var active in _active)
        {
            Apply(active, clock.At, effects);
        }

        return started;
    }

    private TimeSpan RandomDuration(IncidentKind kind)
    {
        var (minMinutes, maxMinutes) = kind switch
        {
            IncidentKind.Collision => (20, 60),
            IncidentKind.PollutionSpike => (30, 120),
            IncidentKind.StuckSensor => (60, 240),
            IncidentKind.RiverRise => (180, 480),
            IncidentKind.FlyTipping => (60, 240),
            _ => (2, 6),
        };
        var minutes = _random.NextDouble(minMinutes, maxMinutes);
        return TimeSpan.FromMinutes(Math.Max(minutes, _options.Tick.TotalMinutes));
    }

    private InjectedIncident? Start(IncidentKind kind, string? assetId, DateTimeOffset at, TimeSpan duration, bool explicitTarget)
    {
        var active = kind switch
        {
            IncidentKind.Collision => StartCollision(assetId, explicitTarget),
            IncidentKind.WrongWayVehicle => StartWrongWay(assetId, explicitTarget),
            IncidentKind.PollutionSpike => StartPollution(assetId, explicitTarget),
            IncidentKind.StuckSensor => StartStuck(assetId, explicitTarget),
            IncidentKind.RiverRise => StartRiverRise(explicitTarget),
            IncidentKind.FlyTipping => StartFlyTipping(assetId, explicitTarget),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown incident kind"),
        };
        if (active is null)
        {
            return explicitTarget ? throw new InvalidOperationException($"no asset in the city can show a {kind}") : null;
        }

        var truth = new InjectedIncident(kind, active.AssetIds, at, at + duration, active.Location);
        var started = active with { Truth = truth };
        _active.Add(started);
        _all.Add(truth);
        return truth;
    }

    private ActiveIncident? StartCollision(string? linkId, bool explicitTarget)
    {
        var link = PickLink(linkId, explicitTarget);
        if (link is null)
        {
            return null;
        }

        var camera = _layout.CameraFor(link.Value);
        var linkAsset = _layout.Links[link.Value];
        return new ActiveIncident(IncidentKind.Collision)
        {
            AssetIds = camera is { } c ? [linkAsset.AssetId, _layout.Cameras[c].AssetId] : [linkAsset.AssetId],
            Location = camera is { } at ? _layout.Cameras[at].Location : linkAsset.Location,
            Link = link.Value,
            Camera = camera,
            Magnitude = _random.NextDouble(5, 12),
            Confidence = _random.NextDouble(0.85, 0.97),
            TrackRef = NewTrackRef(),
        };
    }

    private ActiveIncident? StartWrongWay(string? linkId, bool explicitTarget)
    {
        var link = PickLink(linkId, explicitTarget);
        if (link is null || _layout.CameraFor(link.Value) is not { } camera)
        {
            return null;
        }

        return CameraIncident(IncidentKind.WrongWayVehicle, camera, [_layout.Cameras[camera].AssetId, _layout.Links[link.Value].AssetId]);
    }

    private ActiveIncident? StartFlyTipping(string? cameraId, bool explicitTarget)
    {
        var camera = Pick(_layout.Cameras, cameraId, explicitTarget, "camera");
        return camera is { } c ? CameraIncident(IncidentKind.FlyTipping, c, [_layout.Cameras[c].AssetId]) : null;
    }

    private ActiveIncident CameraIncident(IncidentKind kind, int camera, IReadOnlyList<string> assetIds) => new(kind)
    {
        AssetIds = assetIds,
        Location = _layout.Cameras[camera].Location,
        Camera = camera,
        Confidence = _random.NextDouble(0.7, 0.95),
        TrackRef = NewTrackRef(),
    };

    private ActiveIncident? StartPollution(string? monitorId, bool explicitTarget)
    {
        if (Pick(_layout.AirMonitors, monitorId, explicitTarget, "air-quality monitor") is not { } monitor)
        {
            return null;
        }

        var neighbours = _layout.NeighbouringMonitors(monitor, PollutionNeighbourRadiusMetres).Take(MaxPollutionNeighbours).ToList();
        return new ActiveIncident(IncidentKind.PollutionSpike)
        {
            AssetIds = [_layout.AirMonitors[monitor].AssetId, .. neighbours.Select(n => _layout.AirMonitors[n].AssetId)],
            Location = _layout.AirMonitors[monitor].Location,
            Monitors = [monitor, .. neighbours],
            Magnitude = _random.NextDouble(120, 250),
        };
    }

    private ActiveIncident? StartStuck(string? sensorId, bool explicitTarget)
    {
        IReadOnlyList<AssetDescriptor> sensors = [.. _layout.AirMonitors, .. _layout.NoiseSensors, .. _layout.Homes, .. _layout.Gauges];
        if (Pick(sensors, sensorId, explicitTarget, "sensor") is not { } sensor)
        {
            return null;
        }

        return new ActiveIncident(IncidentKind.StuckSensor) { AssetIds = [sensors[sensor].AssetId], Location = sensors[sensor].Location };
    }

    private ActiveIncident? StartRiverRise(bool explicitTarget)
    {
        if (_layout.Gauges.Count == 0 || (!explicitTarget && _active.Any(a => a.Kind == IncidentKind.RiverRise)))
        {
            return null;
        }

        return new ActiveIncident(IncidentKind.RiverRise)
        {
            AssetIds = [.. _layout.Gauges.Select(g => g.AssetId)],
            Location = _layout.Gauges[Array.IndexOf(_layout.GaugeRiverFraction, _layout.GaugeRiverFraction.Min())].Location,
            Magnitude = _random.NextDouble(1.5, 3.0),
        };
    }

    private int? PickLink(string? linkId, bool explicitTarget)
    {
        if (linkId is not null || _layout.Cameras.Count == 0)
        {
            return Pick(_layout.Links, linkId, explicitTarget, "road link");
        }

        // Random collisions and wrong-way drivers go where a camera can see them, so every one has camera evidence.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var camera = _random.Next(_layout.Cameras.Count);
            var link = _layout.CameraLink[camera];
            if (link >= 0 && !IsBusy(_layout.Links[link].AssetId) && !IsBusy(_layout.Cameras[camera].AssetId))
            {
                return link;
            }
        }

        return null;
    }

    private int? Pick(IReadOnlyList<AssetDescriptor> candidates, string? assetId, bool explicitTarget, string what)
    {
        if (assetId is not null)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                if (candidates[i].AssetId == assetId)
                {
                    return i;
                }
            }

            throw new InvalidOperationException($"planned incident target '{assetId}' is not a {what} in the city");
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        for (var attempt = 0; attempt < 20; attempt++)
        {
            var index = _random.Next(candidates.Count);
            if (explicitTarget || !IsBusy(candidates[index].AssetId))
            {
                return index;
            }
        }

        return null;
    }

    private bool IsBusy(string assetId) => _active.Any(a => a.AssetIds.Contains(assetId));

    private string NewTrackRef() => _random.NextUInt64().ToString("x16");

    private void Apply(ActiveIncident incident, DateTimeOffset at, IncidentEffects effects)
    {
        switch (incident.Kind)
        {
            case IncidentKind.Collision:
                // The wobble is drawn here, not in the traffic model, so a collision leaves every other link's random stream untouched.
                effects.CollisionSpeedCapByLink[incident.Link] = incident.Magnitude * (1 + (0.1 * _options.Variability * _random.NextGaussian()));
                if (incident.Camera is { } camera)
                {
                    effects.CameraEventByCamera[camera] = (CameraEventKind.StoppedVehicle, incident.Confidence, incident.TrackRef);
                }

                break;
            case IncidentKind.WrongWayVehicle or IncidentKind.FlyTipping:
                var kind = incident.Kind == IncidentKind.FlyTipping ? CameraEventKind.FlyTipping : CameraEventKind.WrongWayVehicle;
                effects.CameraEventByCamera[incident.Camera!.Value] = (kind, incident.Confidence, incident.TrackRef);
                break;
            case IncidentKind.PollutionSpike:
                var ramp = Math.Min(1, Math.Min((at - incident.Truth.Start) / PollutionRamp, (incident.Truth.End - at) / PollutionRamp));
                for (var i = 0; i < incident.Monitors.Count; i++)
                {
                    var added = incident.Magnitude * ramp * (i == 0 ? 1 : 0.6);
                    effects.No2AddedByMonitor[incident.Monitors[i]] = effects.No2AddedByMonitor.GetValueOrDefault(incident.Monitors[i]) + added;
                }

                break;
            case IncidentKind.StuckSensor:
                effects.StuckAssetIds.Add(incident.AssetIds[0]);
                break;
            case IncidentKind.RiverRise:
                var progress = (at - incident.Truth.Start) / (incident.Truth.End - incident.Truth.Start);
                var shape = Math.Min(1, Math.Min(progress / 0.4, (1 - progress) / 0.4));
                effects.RiverRiseMetres += incident.Magnitude * Math.Max(0, shape);
                break;
        }
    }
}
