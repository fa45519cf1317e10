namespace OpsCentre.Contracts.Readings;

/// <summary>
/// Physically possible ranges per quantity. A reading outside them is not an anomaly in the city but a broken
/// message or sensor, so ingest dead-letters it rather than letting it reach the detectors.
/// </summary>
public static class QuantityRanges
{
    public static (double Min, double Max) For(Quantity quantity) => quantity switch
    {
        Quantity.No2 => (0, 2_000),
        Quantity.Pm25 => (0, 1_000),
        Quantity.Pm10 => (0, 2_000),
        Quantity.NoiseDba => (0, 160),
        Quantity.RelativeHumidity => (0, 100),
        Quantity.RiverLevelMetres => (-5, 30),
        Quantity.TemperatureCelsius => (-60, 60),
        Quantity.LampPowerWatts => (0, 2_000),
        _ => throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "unknown quantity"),
    };

    public static bool Contains(Quantity quantity, double value)
    {
        var (min, max) = For(quantity);
        return value >= min && value <= max;
    }

    public static string UnitOf(Quantity quantity) => quantity switch
    {
        Quantity.No2 or Quantity.Pm25 or Quantity.Pm10 => "µg/m³",
        Quantity.NoiseDba => "dB(A)",
        Quantity.RelativeHumidity => "%",
        Quantity.RiverLevelMetres => "m",
        Quantity.TemperatureCelsius => "°C",
        Quantity.LampPowerWatts => "W",
        _ => "",
    };
}
