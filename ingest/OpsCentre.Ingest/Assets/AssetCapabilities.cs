using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Ingest.Assets;

/// <summary>
/// Which quantities each kind of sensor asset measures. A reading of a quantity its asset cannot measure (a
/// humidity value from a river gauge) is a mis-addressed message, not a measurement.
/// </summary>
public static class AssetCapabilities
{
    private static readonly Quantity[] AirQuality = [Quantity.No2, Quantity.Pm25, Quantity.Pm10, Quantity.TemperatureCelsius];
    private static readonly Quantity[] Noise = [Quantity.NoiseDba];
    private static readonly Quantity[] Housing = [Quantity.RelativeHumidity, Quantity.TemperatureCelsius];
    private static readonly Quantity[] River = [Quantity.RiverLevelMetres];
    private static readonly Quantity[] Lamp = [Quantity.LampPowerWatts];

    public static IReadOnlyList<Quantity> QuantitiesOf(AssetKind kind) => kind switch
    {
        AssetKind.AirQualityMonitor => AirQuality,
        AssetKind.NoiseSensor => Noise,
        AssetKind.HousingSensor => Housing,
        AssetKind.RiverGauge => River,
        AssetKind.Streetlight => Lamp,
        _ => [],
    };

    public static bool Measures(AssetKind kind, Quantity quantity) => QuantitiesOf(kind).Contains(quantity);
}
