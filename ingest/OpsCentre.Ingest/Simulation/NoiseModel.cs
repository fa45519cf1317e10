using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Randomness;

namespace OpsCentre.Ingest.Simulation;

/// <summary>
/// Roadside LAeq in dB(A): road traffic noise 10·log10(flow) + 38 dB less 2–8 dB for the sensor's distance from
/// the kerb, summed energetically with a background that is quieter at night; about 1 % of intervals carry a
/// transient 6–15 dB louder (a siren, a motorbike), as real roadside meters show.
/// </summary>
internal sealed class NoiseModel
{
    private readonly CityLayout _layout;
    private readonly RoadTrafficModel _traffic;
    private readonly SeededRandom _random;
    private readonly double _variability;
    private readonly double[] _distanceLoss;
    private readonly double[] _daytimeBackground;
    private readonly double[] _last;

    public NoiseModel(CityLayout layout, RoadTrafficModel traffic, ulong seed, double variability)
    {
        _layout = layout;
        _traffic = traffic;
        _variability = variability;
        _random = SeededRandom.ForStream(seed, "noise");
        var setup = SeededRandom.ForStream(seed, "noise-setup");
        var count = layout.NoiseSensors.Count;
        (_distanceLoss, _daytimeBackground, _last) = (new double[count], new double[count], new double[count]);
        for (var i = 0; i < count; i++)
        {
            _distanceLoss[i] = setup.NextDouble(2, 8);
            _daytimeBackground[i] = setup.NextDouble(48, 54);
        }
    }

    public void Emit(TickClock clock, IncidentEffects effects, List<CityEvent> into)
    {
        for (var i = 0; i < _layout.NoiseSensors.Count; i++)
        {
            var link = _layout.NoiseSensorLink[i];
            var flow = link >= 0 ? _traffic.Flow[link] : 600 * clock.Demand;
            var roadLevel = (10 * Math.Log10(Math.Max(flow, 1))) + 38 - _distanceLoss[i];
            var background = _daytimeBackground[i] - 8 + (8 * Math.Min(1, clock.Demand));
            var level = (10 * Math.Log10(Math.Pow(10, roadLevel / 10) + Math.Pow(10, background / 10))) + (1.5 * _variability * _random.NextGaussian());
            if (_variability > 0 && _random.Chance(0.01))
            {
                level += _random.NextDouble(6, 15);
            }

            var assetId = _layout.NoiseSensors[i].AssetId;
            if (effects.StuckAssetIds.Count == 0 || !effects.StuckAssetIds.Contains(assetId))
            {
                _last[i] = Math.Round(Math.Clamp(level, 20, 140), 1);
            }

            into.Add(new SensorReading(assetId, clock.At, Quantity.NoiseDba, _last[i]));
        }
    }
}
