namespace OpsCentre.Congestion.Data.I94;

/// <summary>
/// One hour of westbound I-94 traffic at MnDOT ATR station 301 (between Minneapolis and St Paul) with the weather
/// reported for that hour.
/// </summary>
/// <param name="Holiday">US holiday name when the local date is one; null otherwise.</param>
/// <param name="TemperatureCelsius">NaN where the source reports 0 K (a gap in the weather feed).</param>
public sealed record HourlyVolume(
    DateTimeOffset Hour,
    int Volume,
    string? Holiday,
    string Weather,
    double TemperatureCelsius,
    double RainMillimetres,
    double SnowMillimetres);
