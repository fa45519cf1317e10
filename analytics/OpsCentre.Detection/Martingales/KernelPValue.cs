using OpsCentre.Detection.Primitives;

namespace OpsCentre.Detection.Martingales;

/// <summary>
/// p-value of a new value against the last N values under a Gaussian kernel density estimate, as ML.NET's i.i.d.
/// detectors compute it: each past value contributes a Gaussian kernel as wide as the history's standard deviation
/// (ML.NET's √2·sqrt(Σ pairwise d²)/n inside erf), a deliberately wide kernel that keeps ordinary noise from
/// looking extreme. A departure from a constant history meets the floor bandwidth and is very improbable.
/// </summary>
internal sealed class KernelPValue(int historyLength)
{
    private const int MinimumHistory = 10;
    private readonly RingBuffer _history = new(historyLength);
    private double _sum;
    private double _sumOfSquares;

    public int Count => _history.Count;

    public double Mean => _history.Count == 0 ? 0 : _sum / _history.Count;

    public double PValue(double value, Tail tail)
    {
        // A handful of values says little about a distribution; until there are MinimumHistory, nothing is extreme.
        var n = _history.Count;
        if (n < Math.Min(MinimumHistory, _history.Capacity))
        {
            return 0.5;
        }

        var mean = _sum / n;
        var deviation = Math.Sqrt(Math.Max(0, _sumOfSquares / n - mean * mean));
        var bandwidth = Math.Max(deviation, 1e-6 * (1 + Math.Abs(mean)));
        var upper = 0.0;
        var inverseBandwidth = 1 / bandwidth;
        for (var i = 0; i < n; i++)
        {
            upper += FastErfc.NormalTail((value - _history[i]) * inverseBandwidth);
        }

        upper /= n;
        return tail switch
        {
            Tail.Upper => upper,
            Tail.Lower => 1 - upper,
            _ => Math.Min(1, 2 * Math.Min(upper, 1 - upper)),
        };
    }

    public void Add(double value)
    {
        if (_history.Add(value, out var evicted))
        {
            _sum -= evicted;
            _sumOfSquares -= evicted * evicted;
        }

        _sum += value;
        _sumOfSquares += value * value;
    }
}
