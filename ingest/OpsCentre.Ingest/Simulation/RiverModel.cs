using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Randomness;

namespace OpsCentre.Ingest.Simulation;

/// <summary>
/// River level per gauge: the Avon through Bristol is strongly tidal, so the level is a semi-diurnal tide
/// (M2, 12.42 h, in absolute time so every run agrees on high water) whose amplitude grows downstream (0.8 m at
/// Netham to 4.5 m at Cumberland Basin), modulated by the 14.77-day spring–neap cycle and arriving later upstream;
/// plus rain: storms about every three days raise every gauge by 0.2–0.8 m, peaking ~4 h after and receding over
/// half a day, more upstream. A flood (river-rise incident) adds on top, also weighted upstream.
/// </summary>
internal sealed class RiverModel
{
    private const double TidePeriodHours = 12.42;
    private const double SpringNeapHours = 14.77 * 24;
    private const double RainResponseHours = 4;

    private readonly CityLayout _layout;
    private readonly SeededRandom _random;
    private readonly double _variability;
    private readonly List<(DateTimeOffset Start, double PeakMetres)> _storms = [];
    private readonly double[] _last;

    public RiverModel(CityLayout layout, ulong seed, double variability)
    {
        _layout = layout;
        _variability = variability;
        _random = SeededRandom.ForStream(seed, "river");
        _last = new double[layout.Gauges.Count];
    }

    public void Emit(TickClock clock, IncidentEffects effects, List<CityEvent> into)
    {
        if (_variability > 0 && _random.Chance(clock.TickHours / 72))
        {
            _storms.Add((clock.At, _random.NextDouble(0.2, 0.8)));
        }

        _storms.RemoveAll(s => (clock.At - s.Start).TotalHours > 48);
        var rain = 0.0;
        foreach (var (start, peak) in _storms)
        {
            var t = (clock.At - start).TotalHours / RainResponseHours;
            rain += peak * t * Math.Exp(1 - t);
        }

        var hours = clock.At.ToUnixTimeMilliseconds() / 3_600_000.0;
        var springNeap = 1 + (0.25 * Math.Cos(2 * Math.PI * hours / SpringNeapHours));
        for (var i = 0; i < _layout.Gauges.Count; i++)
        {
            var downstream = _layout.GaugeRiverFraction[i];
            var amplitude = 0.8 + (3.7 * downstream);
            var lagHours = 0.5 * (1 - downstream);
            var tide = amplitude * springNeap * Math.Cos(2 * Math.PI * (hours - lagHours) / TidePeriodHours);
            var upstreamWeight = 1.2 - (0.4 * downstream);
            var level = 1 + (amplitude * 1.25) + tide + ((rain + effects.RiverRiseMetres) * upstreamWeight) + (0.02 * _variability * _random.NextGaussian());

            var assetId = _layout.Gauges[i].AssetId;
            if (effects.StuckAssetIds.Count == 0 || !effects.StuckAssetIds.Contains(assetId))
            {
                _last[i] = Math.Round(Math.Clamp(level, -4.9, 29.9), 2);
            }

            into.Add(new SensorReading(assetId, clock.At, Quantity.RiverLevelMetres, _last[i]));
        }
    }
}
