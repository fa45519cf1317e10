using OpsCentre.Contracts.Readings;

namespace OpsCentre.Assets.State;

/// <summary>The signal name each sensor quantity is tracked and reported under.</summary>
public static class SignalNames
{
    public static string Of(Quantity quantity) => quantity switch
    {
        Quantity.No2 => "no2",
        Quantity.Pm25 => "pm25",
        Quantity.Pm10 => "pm10",
        Quantity.NoiseDba => "noiseDba",
        Quantity.RelativeHumidity => "relativeHumidity",
        Quantity.RiverLevelMetres => "riverLevelMetres",
        Quantity.TemperatureCelsius => "temperatureCelsius",
        Quantity.LampPowerWatts => "lampPowerWatts",
        _ => quantity.ToString(),
    };
}
