using OpsCentre.Assets.Detection;
using OpsCentre.Contracts.Assets;
using OpsCentre.Detection;

namespace OpsCentre.Assets.State;

/// <summary>
/// One signal of one asset (e.g. a link's speed): its detector, its recent readings, and the debounce that turns a
/// run of anomalous points into one anomaly.
/// </summary>
/// <remarks>
/// The detector is built lazily, on the first reading it has to score, by replaying the kept readings into a fresh
/// one. That is how a restored or restarted asset gets its detector back (the detectors cannot export their state
/// yet), and it keeps activation cheap: an asset that is restored but never hears from a signal again never pays.
/// </remarks>
public sealed class SignalTrack
{
    private readonly AssetKind _kind;
    private readonly SignalDetectorFactory _detectors;
    private IStreamDetector? _detector;

    public SignalTrack(string name, AssetKind kind, SignalDetectorFactory detectors, int historyCapacity)
    {
        Name = name;
        _kind = kind;
        _detectors = detectors;
        History = new ReadingHistory(historyCapacity);
    }

    public string Name { get; }

    public ReadingHistory History { get; }

    /// <summary>When the current anomalous run started firing; null while quiet.</summary>
    public DateTimeOffset? FiringSince { get; set; }

    /// <summary>Observation time of the last anomaly emitted for this signal.</summary>
    public DateTimeOffset? LastAnomalyAt { get; set; }

    /// <summary>Consecutive quiet points since the last firing point.</summary>
    public int QuietRun { get; set; }

    public double LastScore { get; set; }

    /// <summary>Whether the detector exists (false after a restore or restart until the next reading).</summary>
    public bool HasDetector => _detector is not null;

    /// <summary>
    /// Scores a reading without recording it. Throws whatever the detector throws; the reading is then neither
    /// recorded nor counted, and the detector is dropped so the next reading rebuilds it from the kept history.
    /// </summary>
    public DetectionResult Score(DateTimeOffset at, double value)
    {
        try
        {
            _detector ??= Rebuild();
            return _detector.Observe(at.UtcDateTime, value);
        }
        catch
        {
            _detector = null;
            throw;
        }
    }

    public void Record(DateTimeOffset at, double value, double score)
    {
        History.Add(at, value);
        LastScore = score;
    }

    private IStreamDetector Rebuild()
    {
        var detector = _detectors(_kind, Name);
        for (var i = 0; i < History.Count; i++)
        {
            detector.Observe(new DateTime(History.TicksAt(i), DateTimeKind.Utc), History.ValueAt(i));
        }

        return detector;
    }
}
