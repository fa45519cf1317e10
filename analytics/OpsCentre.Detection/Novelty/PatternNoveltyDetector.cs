using OpsCentre.Detection.Primitives;

namespace OpsCentre.Detection.Novelty;

/// <summary>
/// Flags patterns unlike any seen before, in the spirit of adaptive resonance (ARTime's approach on NAB): the recent
/// pattern is a short vector of trailing means at several scales; a bounded memory of prototype patterns is searched
/// for the nearest (Chebyshev distance, as a fraction of the stream's observed range). Within the vigilance the
/// prototype learns the pattern; beyond it the pattern becomes a new prototype, replacing the least recently matched.
/// The distance itself is the evidence, which makes scores comparable between streams of any unit.
/// Prototypes are kept in single precision: they are learnt approximations, and they are most of the memory.
/// </summary>
public sealed class PatternNoveltyDetector : IStreamDetector
{
    private readonly PatternNoveltyOptions _options;
    private readonly int[] _scales;
    private readonly double[] _scaleSums;
    private readonly RingBuffer _recent;
    private readonly int _dimensions;
    private readonly double[] _pattern;
    private readonly float[] _prototypes;
    private readonly int[] _lastMatched;
    private int _prototypeCount;
    private int _seen;
    private double _minimum = double.PositiveInfinity;
    private double _maximum = double.NegativeInfinity;

    public PatternNoveltyDetector(PatternNoveltyOptions? options = null)
    {
        _options = options ?? new PatternNoveltyOptions();
        _options.Validate();
        _scales = [.. _options.Scales];
        _scaleSums = new double[_scales.Length];
        _recent = new RingBuffer(_scales.Max() + 1);
        _dimensions = _scales.Length;
        _pattern = new double[_dimensions];
        _prototypes = new float[_options.Prototypes * _dimensions];
        _lastMatched = new int[_options.Prototypes];
    }

    /// <summary>Distance of the latest pattern to the nearest known one, as a fraction of the observed range.</summary>
    public double LastDistance { get; private set; }

    public DetectionResult Observe(DateTime timestamp, double value)
    {
        _seen++;
        UpdatePattern(value);
        _minimum = Math.Min(_minimum, value);
        _maximum = Math.Max(_maximum, value);
        var range = _maximum - _minimum;
        if (range <= 0)
        {
            LastDistance = 0;
            return DetectionResult.Quiet;
        }

        var (nearest, distance) = Nearest();
        LastDistance = nearest < 0 ? 1 : distance / range;
        if (nearest < 0 || LastDistance > _options.Vigilance)
        {
            Learn(NextFreeSlot());
        }
        else
        {
            Adapt(nearest);
        }

        if (_seen <= _options.WarmUp)
        {
            return DetectionResult.Quiet;
        }

        var score = LastDistance / (LastDistance + _options.HalfScoreDistance);
        var expected = nearest < 0 ? value : _prototypes[nearest * _dimensions];
        return new DetectionResult(score, new Explanation(DetectorComponent.PatternNovelty, AnomalyKind.NovelPattern, expected, value));
    }

    private void UpdatePattern(double value)
    {
        // Running sums per scale: add the new reading, drop the one that leaves each scale's window.
        var count = _recent.Count;
        for (var s = 0; s < _scales.Length; s++)
        {
            _scaleSums[s] += value;
            if (count >= _scales[s])
            {
                _scaleSums[s] -= _recent[count - _scales[s]];
            }
        }

        _recent.Add(value);
        for (var s = 0; s < _scales.Length; s++)
        {
            _pattern[s] = _scaleSums[s] / Math.Min(_scales[s], _recent.Count);
        }
    }

    private (int Index, double Distance) Nearest()
    {
        var best = double.MaxValue;
        var bestIndex = -1;
        for (var p = 0; p < _prototypeCount; p++)
        {
            var offset = p * _dimensions;
            var distance = 0.0;
            for (var d = 0; d < _dimensions && distance < best; d++)
            {
                distance = Math.Max(distance, Math.Abs(_pattern[d] - _prototypes[offset + d]));
            }

            if (distance < best)
            {
                best = distance;
                bestIndex = p;
            }
        }

        return (bestIndex, best);
    }

    private int NextFreeSlot()
    {
        if (_prototypeCount < _options.Prototypes)
        {
            return _prototypeCount++;
        }

        var oldest = 0;
        for (var p = 1; p < _prototypeCount; p++)
        {
            if (_lastMatched[p] < _lastMatched[oldest])
            {
                oldest = p;
            }
        }

        return oldest;
    }

    private void Learn(int slot)
    {
        var offset = slot * _dimensions;
        for (var d = 0; d < _dimensions; d++)
        {
            _prototypes[offset + d] = (float)_pattern[d];
        }

        _lastMatched[slot] = _seen;
    }

    private void Adapt(int prototype)
    {
        var offset = prototype * _dimensions;
        for (var d = 0; d < _dimensions; d++)
        {
            _prototypes[offset + d] += (float)(_options.LearningRate * (_pattern[d] - _prototypes[offset + d]));
        }

        _lastMatched[prototype] = _seen;
    }
}
