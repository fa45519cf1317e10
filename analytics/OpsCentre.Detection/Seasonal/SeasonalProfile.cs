namespace OpsCentre.Detection.Seasonal;

/// <summary>
/// Per-slot memory of the last K cycles in one flat array (slot-major rings): one value per slot per cycle, the
/// mean of the readings that fell into it, so a fast stream and a slow one fill the profile at the same pace.
/// </summary>
internal sealed class SeasonalProfile
{
    private readonly double[] _values;
    private readonly byte[] _counts;
    private readonly byte[] _next;
    private readonly double[] _scratch;
    private readonly int _cyclesKept;
    private readonly int _minimumSamples;
    private long _openAbsoluteSlot = -1;
    private int _openSlot;
    private double _openSum;
    private int _openCount;

    public SeasonalProfile(int slotCount, int cyclesKept, int minimumSamples)
    {
        _values = new double[slotCount * cyclesKept];
        _counts = new byte[slotCount];
        _next = new byte[slotCount];
        _scratch = new double[cyclesKept];
        _cyclesKept = cyclesKept;
        _minimumSamples = minimumSamples;
    }

    /// <summary>The median of the slot's past cycles, or NaN while it has too few.</summary>
    public double Expected(int slot)
    {
        int count = _counts[slot];
        if (count < _minimumSamples)
        {
            return double.NaN;
        }

        var span = _scratch.AsSpan(0, count);
        _values.AsSpan(slot * _cyclesKept, count).CopyTo(span);
        span.Sort();
        var half = count / 2;
        return count % 2 == 1 ? span[half] : 0.5 * (span[half - 1] + span[half]);
    }

    /// <param name="absoluteSlot">Slots since the epoch, which tells a new cycle of the same slot apart.</param>
    /// <param name="slot">The slot within the cycle.</param>
    /// <param name="value">The reading.</param>
    public void Add(long absoluteSlot, int slot, double value)
    {
        if (absoluteSlot != _openAbsoluteSlot)
        {
            Flush();
            _openAbsoluteSlot = absoluteSlot;
            _openSlot = slot;
        }

        _openSum += value;
        _openCount++;
    }

    private void Flush()
    {
        if (_openCount == 0)
        {
            return;
        }

        _values[_openSlot * _cyclesKept + _next[_openSlot]] = _openSum / _openCount;
        _next[_openSlot] = (byte)((_next[_openSlot] + 1) % _cyclesKept);
        _counts[_openSlot] = (byte)Math.Min(_counts[_openSlot] + 1, _cyclesKept);
        _openSum = 0;
        _openCount = 0;
    }
}
