using OpsCentre.Detection;

namespace OpsCentre.Assets.State;

/// <summary>
/// One signal of one asset (e.g. a link's speed): its detector, its recent readings for charts and evidence, and
/// the debounce that turns a run of anomalous points into one anomaly.
/// </summary>
public sealed class SignalTrack(IStreamDetector detector, int recentCapacity)
{
    private readonly TimedValue[] _recent = new TimedValue[recentCapacity];
    private int _next;
    private int _count;

    public IStreamDetector Detector { get; } = detector;

    /// <summary>When the current anomalous run started firing; null while quiet.</summary>
    public DateTimeOffset? FiringSince { get; set; }

    /// <summary>Observation time of the last anomaly emitted for this signal.</summary>
    public DateTimeOffset? LastAnomalyAt { get; set; }

    /// <summary>Consecutive quiet points since the last firing point.</summary>
    public int QuietRun { get; set; }

    public double LastScore { get; set; }

    public TimedValue? Latest => _count == 0 ? null : _recent[(_next - 1 + _recent.Length) % _recent.Length];

    public void Record(TimedValue value)
    {
        _recent[_next] = value;
        _next = (_next + 1) % _recent.Length;
        _count = Math.Min(_count + 1, _recent.Length);
    }

    /// <summary>Recent readings, oldest first.</summary>
    public IReadOnlyList<TimedValue> Recent()
    {
        var result = new TimedValue[_count];
        var start = (_next - _count + _recent.Length) % _recent.Length;
        for (var i = 0; i < _count; i++)
        {
            result[i] = _recent[(start + i) % _recent.Length];
        }

        return result;
    }
}
