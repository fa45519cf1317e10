using OpsCentre.Contracts.Readings;
using OpsCentre.Ingest.Randomness;

namespace OpsCentre.Ingest.Simulation;

/// <summary>
/// Lamp power per streetlight: photocells switch lamps on when the sun is below −1° (dusk to dawn, so the lit hours
/// follow the season), at the lamp's rating (LED 36–90 W, a few older 135 W lanterns) and dimmed to 60 % between
/// 00:00 and 05:30 local time (UK part-night dimming); by day a control node draws about 0.4 W.
/// </summary>
internal sealed class StreetlightModel
{
    private const double SwitchOnElevationDegrees = -1;
    private static readonly double[] Ratings = [36, 54, 70, 90, 135];

    private readonly CityLayout _layout;
    private readonly SeededRandom _random;
    private readonly double _variability;
    private readonly double[] _ratedWatts;
    private readonly double _latitude;
    private readonly double _longitude;

    public StreetlightModel(CityLayout layout, ulong seed, double variability)
    {
        _layout = layout;
        _variability = variability;
        _random = SeededRandom.ForStream(seed, "lights");
        var setup = SeededRandom.ForStream(seed, "lights-setup");
        _ratedWatts = [.. layout.Lights.Select(_ => Ratings[setup.Next(Ratings.Length)])];
        (_latitude, _longitude) = layout.Lights.Count == 0
            ? (51.45, -2.59)
            : (layout.Lights.Average(l => l.Location.Lat), layout.Lights.Average(l => l.Location.Lon));
    }

    public void Emit(TickClock clock, List<CityEvent> into)
    {
        var lit = SolarPosition.ElevationDegrees(clock.At, _latitude, _longitude) < SwitchOnElevationDegrees;
        var dimmed = clock.LocalHour < 5.5;
        for (var i = 0; i < _layout.Lights.Count; i++)
        {
            var watts = lit
                ? _ratedWatts[i] * (dimmed ? 0.6 : 1) * (1 + (0.01 * _variability * _random.NextGaussian()))
                : 0.4 + (0.05 * _variability * _random.NextGaussian());
            into.Add(new SensorReading(_layout.Lights[i].AssetId, clock.At, Quantity.LampPowerWatts, Math.Round(Math.Max(0, watts), 2)));
        }
    }
}
