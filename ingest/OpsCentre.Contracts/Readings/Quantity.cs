namespace OpsCentre.Contracts.Readings;

/// <summary>What an environmental sensor measures. Units are fixed per quantity (see <see cref="QuantityRanges"/>).</summary>
public enum Quantity
{
    /// <summary>Nitrogen dioxide, µg/m³.</summary>
    No2,

    /// <summary>Fine particulate matter, µg/m³.</summary>
    Pm25,

    /// <summary>Coarse particulate matter, µg/m³.</summary>
    Pm10,

    /// <summary>A-weighted sound level, dB(A).</summary>
    NoiseDba,

    /// <summary>Indoor relative humidity in housing (damp and mould risk), %.</summary>
    RelativeHumidity,

    /// <summary>River level above gauge datum, metres.</summary>
    RiverLevelMetres,

    /// <summary>Air temperature, °C.</summary>
    TemperatureCelsius,

    /// <summary>Streetlight lamp power draw, watts.</summary>
    LampPowerWatts,
}
