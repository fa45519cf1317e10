using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Randomness;

namespace OpsCentre.Ingest.Simulation;

/// <summary>
/// NO2 and PM2.5 per roadside monitor. NO2 = urban background (10–18 µg/m³) + a roadside increment proportional
/// to the watched link's flow (20–45 µg/m³ per 1 000 veh/h), smoothed with a 20-minute time constant and scaled by
/// a slowly varying city-wide dispersion factor (wind). PM2.5 = background (5–9) + a slow regional component shared
/// by every monitor + a small traffic increment. Values are typical of UK urban roadside sites.
/// </summary>
internal sealed class AirQualityModel
{
    private readonly CityLayout _layout;
    private readonly RoadTrafficModel _traffic;
    private readonly SeededRandom _random;
    private readonly double _variability;
    private readonly double[] _no2Background;
    private readonly double[] _no2PerThousandVehicles;
    private readonly double[] _pmBackground;
    private readonly double[] _pmPerThousandVehicles;
    private readonly double[] _roadsideIncrement;
    private readonly double[] _lastNo2;
    private readonly double[] _lastPm25;
    private double _dispersion;
    private double _regionalPm;

    public AirQualityModel(CityLayout layout, RoadTrafficModel traffic, ulong seed, double variability)
    {
        _layout = layout;
        _traffic = traffic;
        _variability = variability;
        _random = SeededRandom.ForStream(seed, "air");
        var setup = SeededRandom.ForStream(seed, "air-setup");
        var count = layout.AirMonitors.Count;
        (_no2Background, _no2PerThousandVehicles, _pmBackground, _pmPerThousandVehicles) = (new double[count], new double[count], new double[count], new double[count]);
        (_roadsideIncrement, _lastNo2, _lastPm25) = (new double[count], new double[count], new double[count]);
        Array.Fill(_roadsideIncrement, double.NaN);
        for (var i = 0; i < count; i++)
        {
            _no2Background[i] = setup.NextDouble(10, 18);
            _no2PerThousandVehicles[i] = setup.NextDouble(20, 45);
            _pmBackground[i] = setup.NextDouble(5, 9);
            _pmPerThousandVehicles[i] = setup.NextDouble(1.5, 4);
        }
    }

    public void Emit(TickClock clock, IncidentEffects effects, List<CityEvent> into)
    {
        var slowKeep = Math.Exp(-clock.TickHours / 6);
        _dispersion = (slowKeep * _dispersion) + (Math.Sqrt(1 - (slowKeep * slowKeep)) * 0.25 * _variability * _random.NextGaussian());
        _regionalPm = (slowKeep * _regionalPm) + (Math.Sqrt(1 - (slowKeep * slowKeep)) * 3 * _variability * _random.NextGaussian());
        var dispersionFactor = Math.Clamp(1 + _dispersion, 0.4, 1.8);
        var smoothing = 1 - Math.Exp(-clock.TickHours / (20.0 / 60));
        for (var i = 0; i < _layout.AirMonitors.Count; i++)
        {
            var link = _layout.AirMonitorLink[i];
            var thousandsOfVehicles = (link >= 0 ? _traffic.Flow[link] : 600 * clock.Demand) / 1_000;
            var target = _no2PerThousandVehicles[i] * thousandsOfVehicles;
            _roadsideIncrement[i] = double.IsNaN(_roadsideIncrement[i]) ? target : _roadsideIncrement[i] + ((target - _roadsideIncrement[i]) * smoothing);

            var no2 = _no2Background[i] + (_roadsideIncrement[i] * dispersionFactor) + (2 * _variability * _random.NextGaussian());
            var pm25 = _pmBackground[i] + _regionalPm + (_pmPerThousandVehicles[i] * thousandsOfVehicles * dispersionFactor) + (0.8 * _variability * _random.NextGaussian());
            if (effects.No2AddedByMonitor.Count > 0 && effects.No2AddedByMonitor.TryGetValue(i, out var added))
            {
                no2 += added;
            }

            var assetId = _layout.AirMonitors[i].AssetId;
            if (effects.StuckAssetIds.Count == 0 || !effects.StuckAssetIds.Contains(assetId))
            {
                _lastNo2[i] = Math.Round(Math.Max(0, no2), 1);
                _lastPm25[i] = Math.Round(Math.Max(0, pm25), 1);
            }

            into.Add(new SensorReading(assetId, clock.At, Quantity.No2, _lastNo2[i]));
            into.Add(new SensorReading(assetId, clock.At, Quantity.Pm25, _lastPm25[i]));
        }
    }
}
