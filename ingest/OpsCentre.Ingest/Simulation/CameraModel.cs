using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Randomness;

namespace OpsCentre.Ingest.Simulation;

/// <summary>
/// CCTV analytics per camera: Poisson counts of cars, buses, trucks and bicycles from the flow on the watched link
/// (per-camera class shares), and people from footfall, highest near the centre. About once a camera-day a benign,
/// low-confidence (0.3–0.6) StoppedVehicle is reported for one interval — a delivery or a bus at a stop — so the
/// detectors see the false alarms real analytics produce. Incident events replace the event field only.
/// </summary>
internal sealed class CameraModel
{
    private static readonly GeoPoint CityCentre = new(51.4545, -2.5973);

    private readonly CityLayout _layout;
    private readonly RoadTrafficModel _traffic;
    private readonly SeededRandom[] _randomByCamera;
    private readonly double _variability;
    private readonly double[] _busShare;
    private readonly double[] _truckShare;
    private readonly double[] _bicycleShare;
    private readonly double[] _peoplePerHourAtPeak;

    public CameraModel(CityLayout layout, RoadTrafficModel traffic, ulong seed, double variability)
    {
        _layout = layout;
        _traffic = traffic;
        _variability = variability;
        // One stream per camera: Poisson sampling takes a value-dependent number of draws, so a shared stream would
        // let an incident's lower counts at one camera reshuffle every camera after it.
        _randomByCamera = [.. layout.Cameras.Select(c => SeededRandom.ForStream(seed, $"camera:{c.AssetId}"))];
        var setup = SeededRandom.ForStream(seed, "cameras-setup");
        var count = layout.Cameras.Count;
        (_busShare, _truckShare, _bicycleShare, _peoplePerHourAtPeak) = (new double[count], new double[count], new double[count], new double[count]);
        for (var i = 0; i < count; i++)
        {
            _busShare[i] = setup.NextDouble(0.015, 0.04);
            _truckShare[i] = setup.NextDouble(0.03, 0.08);
            _bicycleShare[i] = setup.NextDouble(0.02, 0.08);
            _peoplePerHourAtPeak[i] = 20 + (400 * Math.Exp(-layout.Cameras[i].Location.DistanceMetresTo(CityCentre) / 1_200));
        }
    }

    public void Emit(TickClock clock, IncidentEffects effects, List<CityEvent> into)
    {
        for (var i = 0; i < _layout.Cameras.Count; i++)
        {
            var random = _randomByCamera[i];
            var link = _layout.CameraLink[i];
            var vehicles = (link >= 0 ? _traffic.Flow[link] : 300 * clock.Demand) * clock.TickHours;
            var counts = new Dictionary<string, int>(5, StringComparer.Ordinal)
            {
                ["car"] = Count(random, vehicles * (1 - _busShare[i] - _truckShare[i] - _bicycleShare[i])),
                ["bus"] = Count(random, vehicles * _busShare[i]),
                ["truck"] = Count(random, vehicles * _truckShare[i]),
                ["bicycle"] = Count(random, vehicles * _bicycleShare[i]),
                ["person"] = Count(random, _peoplePerHourAtPeak[i] * clock.Footfall * clock.TickHours),
            };

            var (kind, confidence, trackRef) = (CameraEventKind.None, (double?)null, (string?)null);
            if (_variability > 0 && random.Chance(clock.TickHours / 24))
            {
                (kind, confidence, trackRef) = (CameraEventKind.StoppedVehicle, Math.Round(random.NextDouble(0.3, 0.6), 2), random.NextUInt64().ToString("x16"));
            }

            if (effects.CameraEventByCamera.Count > 0 && effects.CameraEventByCamera.TryGetValue(i, out var incident))
            {
                (kind, confidence, trackRef) = (incident.Kind, Math.Round(incident.Confidence, 2), incident.TrackRef);
            }

            into.Add(new CameraEvent(_layout.Cameras[i].AssetId, clock.At, counts, kind, confidence, TrackRef: trackRef));
        }
    }

    private int Count(SeededRandom random, double mean) => _variability == 0 ? (int)Math.Round(mean) : random.NextPoisson(mean);
}
