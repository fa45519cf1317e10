using OpsCentre.Assets.Detection;
using OpsCentre.Assets.State;
using OpsCentre.Contracts.Readings;
using OpsCentre.Detection.Ensemble;
using OpsCentre.Detection.Health;

namespace OpsCentre.Console.Node;

/// <summary>
/// The detector every signal gets: the ensemble sized for a city (<see cref="CityEnsemble"/>: NAB's components with
/// a few kilobytes of memory, so 100,000 assets fit on one node), plus the signal's physically possible range (an
/// impossible reading is a sensor fault, not an event) and the flatline/dropout checks. NAB scores the ensemble
/// without those checks because its files have unlabelled multi-day gaps and repeats; a city sensor that repeats
/// one value for half an hour or goes silent is exactly what operators need to hear about.
/// </summary>
public static class CityDetectors
{
    private static readonly Dictionary<string, PlausibleRange> Ranges = BuildRanges();

    public static SignalDetectorFactory Ensemble(EnsembleOptions? options = null) =>
        (_, signal) => new EnsembleDetector(options ?? CityEnsemble.Options, Ranges.GetValueOrDefault(signal));

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
