namespace OpsCentre.Detection.Primitives;

/// <summary>
/// The last <c>capacity</c> values kept both in arrival order and sorted, so medians and quantiles are O(1) and
/// each update is a binary search plus one memmove (O(capacity), cheap at a few hundred values).
/// </summary>
internal sealed class SortedWindow
{
    private readonly RingBuffer _arrivals;
    private readonly double[] _sorted;

    public SortedWindow(int capacity)
    {
        _arrivals = new RingBuffer(capacity);
        _sorted = new double[capacity];
    }

    public int Count => _arrivals.Count;

    public bool IsFull => _arrivals.IsFull;

    public RingBuffer Arrivals => _arrivals;

    public void Add(double value)
    {
        var count = _arrivals.Count;
        if (_arrivals.Add(value, out var evicted))
        {
            var at = Array.BinarySearch(_sorted, 0, count, evicted);
            Array.Copy(_sorted, at + 1, _sorted, at, count - at - 1);
            count--;
        }

        var insertAt = Array.BinarySearch(_sorted, 0, count, value);
        if (insertAt < 0)
        {
            insertAt = ~insertAt;
        }

        Array.Copy(_sorted, insertAt, _sorted, insertAt + 1, count - insertAt);
        _sorted[insertAt] = value;
    }

    /// <summary>The q-quantile (0..1) by linear interpolation between order statistics.</summary>
    public double Quantile(double q)
    {
        var count = _arrivals.Count;
        if (count == 0)
        {
            return double.NaN;
        }

        var position = q * (count - 1);
        var lower = (int)position;
        var upper = Math.Min(lower + 1, count - 1);
        return _sorted[lower] + (position - lower) * (_sorted[upper] - _sorted[lower]);
    }

    public double Median => Quantile(0.5);

    /// <summary>Fraction of the window strictly below / above <paramref name="value"/>.</summary>
    public (double Below, double Above) RankOf(double value)
    {
        var count = _arrivals.Count;
        if (count == 0)
        {
            return (0, 0);
        }

        var lower = LowerBound(value);
        var upper = UpperBound(value);
        return ((double)lower / count, (double)(count - upper) / count);
    }

    private int LowerBound(double value)
    {
        int lo = 0, hi = _arrivals.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private int UpperBound(double value)
    {
        int lo = 0, hi = _arrivals.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
