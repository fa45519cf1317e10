using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Geo;
using OpsCentre.Ingest.Randomness;

namespace OpsCentre.Ingest.Simulation;

/// <summary>
/// Flow, speed and travel time per road link. Demand follows <see cref="TrafficRhythm"/> scaled by each link's
/// peak volume/capacity ratio (0.7–1.05, so some links congest at peaks) with slow correlated variation; served
/// flow cannot exceed capacity; speed falls with the volume/capacity ratio by a BPR-style curve
/// (v = v0 / (1 + 0.8 (V/C)^4)); travel time is length / speed. Counts carry Poisson sampling noise, so 1-minute
/// flows are as ragged as real ones. The M32 gets motorway free-flow speeds (65–80 km/h) and capacity.
/// </summary>
internal sealed class RoadTrafficModel
{
    private const double MinimumSpeedKph = 2;

    private readonly CityLayout _layout;
    private readonly SeededRandom[] _randomByLink;
    private readonly double _variability;
    private readonly double[] _freeFlowKph;
    private readonly double[] _capacity;
    private readonly double[] _peakRatio;
    private readonly double[] _lengthMetres;
    private readonly double[] _drift;

    public RoadTrafficModel(CityLayout layout, ulong seed, double variability)
    {
        _layout = layout;
        _variability = variability;
        // One stream per link, so one link's values (and Poisson draw counts) never shift another's.
        _randomByLink = [.. layout.Links.Select(l => SeededRandom.ForStream(seed, $"link:{l.AssetId}"))];
        var setup = SeededRandom.ForStream(seed, "traffic-setup");
        var count = layout.Links.Count;
        (_freeFlowKph, _capacity, _peakRatio, _lengthMetres, _drift, Flow) = (new double[count], new double[count], new double[count], new double[count], new double[count], new double[count]);
        for (var i = 0; i < count; i++)
        {
            var link = layout.Links[i];
            var motorway = link.Name.Contains("M32", StringComparison.Ordinal);
            _freeFlowKph[i] = motorway ? setup.NextDouble(65, 80) : setup.NextDouble(24, 45);
            _capacity[i] = motorway ? setup.NextDouble(2_600, 3_400) : setup.NextDouble(700, 1_700);
            _peakRatio[i] = setup.NextDouble(0.7, 1.05);
            _lengthMetres[i] = link.LengthMetres ?? Math.Max(1, GeoPath.LengthMetres(CityLayout.PathOf(link)));
        }
    }

    /// <summary>This tick's flow per link (veh/h), read by the cameras and roadside sensors that follow the links.</summary>
    public double[] Flow { get; }

    public void Emit(TickClock clock, IncidentEffects effects, List<CityEvent> into)
    {
        var driftKeep = Math.Exp(-clock.TickHours / 0.5);
        var driftShock = Math.Sqrt(1 - (driftKeep * driftKeep)) * 0.06 * _variability;
        for (var i = 0; i < _layout.Links.Count; i++)
        {
            var random = _randomByLink[i];
            _drift[i] = (driftKeep * _drift[i]) + (driftShock * random.NextGaussian());
            var volumeToCapacity = Math.Max(0, clock.Demand * _peakRatio[i] * (1 + _drift[i]));
            var expectedFlow = _capacity[i] * Math.Min(volumeToCapacity, 1);
            var flow = SampledFlow(random, expectedFlow, clock.TickHours);
            var speed = _freeFlowKph[i] / (1 + (0.8 * Math.Pow(volumeToCapacity, 4))) * (1 + (0.03 * _variability * random.NextGaussian()));
            if (effects.CollisionSpeedCapByLink.Count > 0 && effects.CollisionSpeedCapByLink.TryGetValue(i, out var cap))
            {
                speed = Math.Min(speed, cap);
                flow *= IncidentEffects.CollisionFlowShare;
            }

            speed = Math.Max(MinimumSpeedKph, speed);
            Flow[i] = flow;
            into.Add(new TrafficReading(
                _layout.Links[i].AssetId,
                clock.At,
                Math.Round(flow, 1),
                Math.Round(speed, 1),
                Math.Round(_lengthMetres[i] / (speed / 3.6), 1)));
        }
    }

    /// <summary>Vehicles counted in one interval are Poisson; the hourly rate reported is count / interval.</summary>
    private double SampledFlow(SeededRandom random, double expectedFlow, double tickHours) =>
        _variability == 0 ? expectedFlow : random.NextPoisson(expectedFlow * tickHours) / tickHours;
}
