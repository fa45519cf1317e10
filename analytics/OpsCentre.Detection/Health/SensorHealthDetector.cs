using OpsCentre.Detection.Primitives;

namespace OpsCentre.Detection.Health;

/// <summary>
/// Watches the sensor rather than the world: values stuck for longer than the stream's own repeat rate makes
/// plausible, gaps of many sampling intervals, and values outside the quantity's plausible range.
/// A flat run of L readings where a repeat has probability q has probability q^(L−1), so its surprise is
/// (L−1)·(−log10 q): a stream that often repeats (counts, on/off signals) has to stay flat far longer to be flagged.
/// </summary>
public sealed class SensorHealthDetector : IStreamDetector
{
    private readonly SensorHealthOptions _options;
    private readonly PlausibleRange? _range;
    private readonly BitRing _repeats;
    private readonly IntervalWindow _intervals;
    private double _levelBeforeRun;
    private double _previousValue = double.NaN;
    private DateTime _previousTimestamp;
    private int _runLength;

    public SensorHealthDetector(SensorHealthOptions? options = null, PlausibleRange? range = null)
    {
        _options = options ?? new SensorHealthOptions();
        _options.Validate();
        range?.Validate();
        _range = range;
        _repeats = new BitRing(_options.RepeatHistory);
        _intervals = new IntervalWindow(_options.IntervalHistory);
    }

    public double LastSurprise { get; private set; }

    public Explanation? LastExplanation { get; private set; }

    public DetectionResult Observe(DateTime timestamp, double value)
    {
        LastSurprise = 0;
        LastExplanation = null;
        if (!double.IsFinite(value) || (_range is not null && !_range.Contains(value)))
        {
            Report(Surprise.Max, new Explanation(DetectorComponent.SensorHealth, AnomalyKind.ImpossibleValue, _range?.NearestLimit(value) ?? double.NaN, value));
            return new DetectionResult(1, LastExplanation);
        }

        if (!double.IsNaN(_previousValue))
        {
            CheckGap(timestamp);
            CheckFlatline(value);
        }
        else
        {
            _runLength = 1;
            _levelBeforeRun = value;
        }

        _previousValue = value;
        _previousTimestamp = timestamp;
        return new DetectionResult(Surprise.ToScore(LastSurprise), LastExplanation);
    }

    /// <summary>
    /// For real-time use between readings: a dropout verdict if nothing has arrived for the configured number of
    /// expected intervals by <paramref name="now"/> (pass the pipeline's TimeProvider time, in the stream's clock).
    /// </summary>
    public DetectionResult CheckForDropout(DateTime now)
    {
        if (double.IsNaN(_previousValue) || _intervals.Count == 0)
        {
            return DetectionResult.Quiet;
        }

        var missed = MissedIntervals(now - _previousTimestamp);
        if (missed < _options.DropoutIntervals)
        {
            return DetectionResult.Quiet;
        }

        var surprise = DropoutSurprise(missed);
        return new DetectionResult(Surprise.ToScore(surprise), new Explanation(DetectorComponent.SensorHealth, AnomalyKind.Dropout, 0, double.NaN) { Readings = missed });
    }

    private void CheckGap(DateTime timestamp)
    {
        var interval = timestamp - _previousTimestamp;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        var missed = _intervals.Count >= 8 ? MissedIntervals(interval) : 0;
        _intervals.Add(interval);
        if (missed >= _options.DropoutIntervals)
        {
            Report(DropoutSurprise(missed), new Explanation(DetectorComponent.SensorHealth, AnomalyKind.Dropout, 0, double.NaN) { Readings = missed });
        }
    }

    private void CheckFlatline(double value)
    {
        var repeated = Math.Abs(value - _previousValue) <= _options.FlatTolerance;
        var usualRepeatChance = (_repeats.TrueCount + 1.0) / (_repeats.Count + 2);
        _repeats.Add(repeated);
        if (!repeated)
        {
            _runLength = 1;
            _levelBeforeRun = _previousValue;
            return;
        }

        _runLength++;
        if (_runLength >= _options.MinimumFlatRun)
        {
            Report(
                (_runLength - 1) * -Math.Log10(usualRepeatChance),
                new Explanation(DetectorComponent.SensorHealth, AnomalyKind.Flatline, _levelBeforeRun, value) { Readings = _runLength });
        }
    }

    private int MissedIntervals(TimeSpan gap) => (int)Math.Min(int.MaxValue, gap.Ticks / Math.Max(1, _intervals.Median.Ticks)) - 1;

    /// <summary>Surprise grows linearly with the gap, reaching the half score at the configured dropout length.</summary>
    private double DropoutSurprise(int missed) => Surprise.HalfScore * missed / _options.DropoutIntervals;

    private void Report(double surprise, Explanation explanation)
    {
        if (surprise > LastSurprise)
        {
            LastSurprise = surprise;
            LastExplanation = explanation;
        }
    }
}
