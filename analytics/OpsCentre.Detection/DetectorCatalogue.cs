using OpsCentre.Detection.Ensemble;
using OpsCentre.Detection.Health;
using OpsCentre.Detection.Martingales;
using OpsCentre.Detection.Novelty;
using OpsCentre.Detection.Seasonal;
using OpsCentre.Detection.Spectral;

namespace OpsCentre.Detection;

/// <summary>
/// Detectors by name, so the pipeline and the CLI can choose one with a string. <see cref="DefaultName"/> is the
/// best on NAB. A plausible range, when the caller knows the quantity, reaches the detectors that use one.
/// </summary>
public sealed class DetectorCatalogue
{
    public const string DefaultName = "ensemble";

    private readonly Dictionary<string, DetectorEntry> _entries = new(StringComparer.OrdinalIgnoreCase);

    public DetectorCatalogue()
    {
        Register(new DetectorEntry(DefaultName, "pattern novelty + i.i.d. spikes + seasonal baseline + spectral residual, normalised per stream; impossible values when a range is given", range => new EnsembleDetector(null, range)));
        Register(new DetectorEntry(CityEnsemble.Name, "the ensemble with the memory a city of 100,000 assets can afford (flatline and dropout checks left out, as NAB scores them against it)", range => new EnsembleDetector(CityEnsemble.WithoutSensorWatch, range)));
        Register(new DetectorEntry("ensemble-likelihood", "the ensemble with Numenta's anomaly likelihood instead of recent-peak normalisation", range => new EnsembleDetector(new EnsembleOptions { Normalisation = EvidenceNormalisation.AnomalyLikelihood }, range)));
        Register(new DetectorEntry("novelty", "pattern novelty against a memory of known patterns (ART-like)", _ => new PatternNoveltyDetector()));
        Register(new DetectorEntry("spectral-residual", "spectral residual saliency (Ren et al. 2019, ML.NET SrCnn)", _ => new SpectralResidualDetector()));
        Register(new DetectorEntry("iid-spike", "kernel-density p-values of i.i.d. values (ML.NET IidSpikeDetector)", _ => new IidSpikeDetector()));
        Register(new DetectorEntry("iid-changepoint", "power martingale over i.i.d. p-values (ML.NET IidChangePointDetector)", _ => new IidChangePointDetector()));
        Register(new DetectorEntry("seasonal", "time-of-week / time-of-day median baseline with robust z-scores", _ => new SeasonalBaselineDetector()));
        Register(new DetectorEntry("sensor-health", "flatlines, dropouts and impossible values", range => new SensorHealthDetector(null, range)));
    }

    public IReadOnlyCollection<DetectorEntry> Entries => _entries.Values;

    public IEnumerable<string> Names => _entries.Keys.Order(StringComparer.Ordinal);

    /// <summary>Adds or replaces a detector (e.g. a tuned variant) under its name.</summary>
    public void Register(DetectorEntry entry) => _entries[entry.Name] = entry;

    public bool Contains(string name) => _entries.ContainsKey(name);

    public IStreamDetector Create(string name, PlausibleRange? range = null) =>
        _entries.TryGetValue(name, out var entry)
            ? entry.Create(range)
            : throw new ArgumentException($"Unknown detector '{name}'. Known detectors: {string.Join(", ", Names)}.", nameof(name));

    public IStreamDetector CreateDefault(PlausibleRange? range = null) => Create(DefaultName, range);
}
