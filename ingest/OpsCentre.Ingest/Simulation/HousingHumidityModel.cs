using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Randomness;

namespace OpsCentre.Ingest.Simulation;

/// <summary>
/// Indoor relative humidity per home: a home-specific base (45–68 %, and 68–78 % for the ~15 % of homes with a damp
/// problem), a morning rise from showers around 07:30 and an evening one from cooking around 19:00, a mid-afternoon
/// dip, and a slow weather-driven drift.
/// </summary>
internal sealed class HousingHumidityModel
{
    private readonly CityLayout _layout;
    private readonly SeededRandom _random;
    private readonly double _variability;
    private readonly double[] _base;
    private readonly double[] _morningRise;
    private readonly double[] _eveningRise;
    private readonly double[] _drift;
    private readonly double[] _last;

    public HousingHumidityModel(CityLayout layout, ulong seed, double variability)
    {
        _layout = layout;
        _variability = variability;
        _random = SeededRandom.ForStream(seed, "damp");
        var setup = SeededRandom.ForStream(seed, "damp-setup");
        var count = layout.Homes.Count;
        (_base, _morningRise, _eveningRise, _drift, _last) = (new double[count], new double[count], new double[count], new double[count], new double[count]);
        for (var i = 0; i < count; i++)
        {
            _base[i] = setup.Chance(0.15) ? setup.NextDouble(68, 78) : setup.NextDouble(45, 68);
            _morningRise[i] = setup.NextDouble(4, 9);
            _eveningRise[i] = setup.NextDouble(3, 7);
        }
    }

    public void Emit(TickClock clock, IncidentEffects effects, List<CityEvent> into)
    {
        var keep = Math.Exp(-clock.TickHours / 12);
        var shock = Math.Sqrt(1 - (keep * keep)) * 2 * _variability;
        var hour = clock.LocalHour;
        for (var i = 0; i < _layout.Homes.Count; i++)
        {
            _drift[i] = (keep * _drift[i]) + (shock * _random.NextGaussian());
            var humidity = _base[i]
                + (_morningRise[i] * Bell(hour, 7.5, 0.8))
                + (_eveningRise[i] * Bell(hour, 19, 1.2))
                - (3 * Bell(hour, 15, 2.5))
                + _drift[i]
                + (0.4 * _variability * _random.NextGaussian());

            var assetId = _layout.Homes[i].AssetId;
            if (effects.StuckAssetIds.Count == 0 || !effects.StuckAssetIds.Contains(assetId))
            {
                _last[i] = Math.Round(Math.Clamp(humidity, 15, 99), 1);
            }

            into.Add(new SensorReading(assetId, clock.At, Quantity.RelativeHumidity, _last[i]));
        }
    }

    private static double Bell(double x, double centre, double width) => Math.Exp(-0.5 * Math.Pow((x - centre) / width, 2));
}
