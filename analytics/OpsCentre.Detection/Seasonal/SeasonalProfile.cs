namespace OpsCentre.Detection.Seasonal;

/// <summary>
/// Per-slot memory of the last K cycles in one flat array (slot-major rings): one value per slot per cycle, the
/// mean of the readings that fell into it (<see cref="CycleMeanAccumulator"/>).
/// Values are kept in single precision: a slot mean is an expectation, and seven significant digits are finer
/// than any city sensor reads, while halving the largest part of every signal's detector state.
/// </summary>
internal sealed class SeasonalProfile : ISlotMemory
{
    private readonly float[] _values;
    private readonly byte[] _counts;
    private readonly byte[] _next;
    private readonly float[] _scratch;
    private readonly int _cyclesKept;
    private readonly int _minimumSamples;
    private CycleMeanAccumulator _open = new();

    public SeasonalProfile(int slotCount, int cyclesKept, int minimumSamples)
    {
        _values = new float[slotCount * cyclesKept];
        _counts = new byte[slotCount];
        _next = new byte[slotCount];
        _scratch = new float[cyclesKept];
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
        return count % 2 == 1 ? span[half] : 0.5 * ((double)span[half - 1] + span[half]);
    }

    public void Add(long absoluteSlot, int slot, double value, double scale)
    {
        if (_open.Add(absoluteSlot, slot, value, out var closedSlot, out var mean))
        {
            _values[closedSlot * _cyclesKept + _next[closedSlot]] = (float)mean;
            _next[closedSlot] = (byte)((_next[closedSlot] + 1) % _cyclesKept);
            _counts[closedSlot] = (byte)Math.Min(_counts[closedSlot] + 1, _cyclesKept);
        }
    }
}
