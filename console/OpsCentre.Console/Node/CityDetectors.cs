using OpsCentre.Assets.Detection;
using OpsCentre.Assets.State;
using OpsCentre.Contracts.Readings;
using OpsCentre.Detection.Ensemble;
using OpsCentre.Detection.Health;

namespace OpsCentre.Console.Node;

/// <summary>
/// The detector every signal gets: the NAB-proven ensemble with one configuration, plus the signal's physically
/// possible range so an impossible reading is reported as a sensor fault rather than an event.
/// </summary>
public static class CityDetectors
{
    private static readonly Dictionary<string, PlausibleRange> Ranges = BuildRanges();

    public static SignalDetectorFactory Ensemble(EnsembleOptions? options = null) =>
        (_, signal) => new EnsembleDetector(options, Ranges.GetValueOrDefault(signal));

    private static Dictionary<string, PlausibleRange> BuildRanges()
    {
        var ranges = new Dictionary<string, PlausibleRange>(StringComparer.Ordinal)
        {
            ["speedKph"] = new(0, 250),
            ["flowVehiclesPerHour"] = new(0, 10_000),
        };
        foreach (var quantity in Enum.GetValues<Quantity>())
        {
            var (min, max) = QuantityRanges.For(quantity);
            ranges[SignalNames.Of(quantity)] = new PlausibleRange(min, max);
        }

        return ranges;
    }
}
