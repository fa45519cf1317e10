using OpsCentre.Detection.Health;
using OpsCentre.Detection.Novelty;
using OpsCentre.Detection.Seasonal;

namespace OpsCentre.Detection.Ensemble;

/// <summary>
/// The ensemble sized for a city: every signal of 100,000 assets on one node carries one, so its state has to fit
/// in a few kilobytes rather than NAB's 34. The components are NAB's; what changes is how much each remembers:
/// hour-wide seasonal slots (a week of them is 168 rather than 336 with 30-minute slots), 128 recent residuals for
/// the robust scale rather than 512, and 64 remembered patterns rather than 256. It also watches the sensor
/// (flatlines and dropouts), which a city needs and NAB's files punish. What that costs in detection is measured on
/// NAB like the default (docs/BENCHMARKS.md).
/// </summary>
public static class CityEnsemble
{
    public const string Name = "ensemble-city";

    public static EnsembleOptions Options { get; } = new()
    {
        Seasonal = new SeasonalBaselineOptions { SlotMinutes = 60, ResidualHistory = 128, SlotMemory = SlotMemoryKind.SmoothedAverage },
        PatternNovelty = new PatternNoveltyOptions { Prototypes = 128 },
        SensorHealth = new SensorHealthOptions { IntervalHistory = 32 },
    };

    /// <summary>The same memory, without the flatline and dropout checks: what NAB can fairly score.</summary>
    public static EnsembleOptions WithoutSensorWatch { get; } = Options with { SensorHealth = null };
}
