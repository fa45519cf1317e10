namespace OpsCentre.Detection.Primitives;

/// <summary>
/// The last <c>capacity</c> values kept both in arrival order and sorted, so medians and quantiles are O(1) and
/// each update is a binary search plus one memmove (O(capacity), cheap at a few hundred values).
/// Values are kept in single precision: the windows hold scales (absolute residuals, sampling intervals) whose
/// medians need a few significant digits, and every signal of every asset carries some.
/// </summary>
internal sealed class SortedWindow
{
    private readonly float[] _arrivals;
    private readonly float[] _sorted;
    private int _oldest;

    public SortedWindow(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _arrivals = new float[capacity];
        _sorted = new float[capacity];
    }

    public int Count { get; private set; }

    public bool IsFull => Count == _arrivals.Length;

    public void Add(double reading)
    {
        var value = (float)reading;
        var count = Count;
        if (count == _arrivals.Length)
        {
            var evicted = _arrivals[_oldest];
            _arrivals[_oldest] = value;
            _oldest = (_oldest + 1) % _arrivals.Length;
            var at = Array.BinarySearch(_sorted, 0, count, evicted);
            Array.Copy(_sorted, at + 1, _sorted, at, count - at - 1);
            count--;
        }
        else
        {
            _arrivals[(_oldest + count) % _arrivals.Length] = value;
            Count++;
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
        var count = Count;
        if (count == 0)
        {
            return double.NaN;
        }

        var position = q * (count - 1);
        var lower = (int)position;
        var upper = Math.Min(lower + 1, count - 1);
        return _sorted[lower] + (position - lower) * ((double)_sorted[upper] - _sorted[lower]);
    }

    public double Median => Quantile(0.5);

    /// <summary>Fraction of the window strictly below / above <paramref name="value"/>.</summary>
    public (double Below, double Above) RankOf(double value)
    {
        var count = Count;
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
        int lo = 0, hi = Count;
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
        int lo = 0, hi = Count;
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
