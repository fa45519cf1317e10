namespace OpsCentre.Detection.Seasonal;

/// <summary>
/// One number per slot instead of K past cycles: an exponentially weighted average of the slot's past cycle means,
/// exact (a plain mean) over the first <c>cycles</c> cycles and then weighting each new cycle 1/cycles, so it
/// remembers about as far back as the median of <c>cycles</c> would. A median shrugs off one odd cycle; this
/// average would not, so each new cycle moves it by at most <see cref="ClipSigmas"/> robust σ: a holiday or an
/// incident nudges next week's expectation rather than dragging it. Five bytes per slot against 4·K + 2.
/// </summary>
internal sealed class SmoothedSlotProfile : ISlotMemory
{
    /// <summary>How far (in the stream's robust σ) one cycle may pull its slot's expectation.</summary>
    private const double ClipSigmas = 2.5;

    private readonly float[] _averages;
    private readonly byte[] _cycles;
    private readonly int _cyclesRemembered;
    private readonly int _minimumSamples;
    private CycleMeanAccumulator _open = new();

    public SmoothedSlotProfile(int slotCount, int cyclesRemembered, int minimumSamples)
    {
        _averages = new float[slotCount];
        _cycles = new byte[slotCount];
        _cyclesRemembered = cyclesRemembered;
        _minimumSamples = minimumSamples;
    }

    public double Expected(int slot) => _cycles[slot] < _minimumSamples ? double.NaN : _averages[slot];

    public void Add(long absoluteSlot, int slot, double value, double scale)
    {
        if (!_open.Add(absoluteSlot, slot, value, out var closedSlot, out var cycleMean))
        {
            return;
        }

        int seen = _cycles[closedSlot];
        if (seen == 0)
        {
            _averages[closedSlot] = (float)cycleMean;
        }
        else
        {
            var step = cycleMean - _averages[closedSlot];
            if (seen >= _minimumSamples && double.IsFinite(scale) && scale > 0)
            {
                step = Math.Clamp(step, -ClipSigmas * scale, ClipSigmas * scale);
            }

            _averages[closedSlot] += (float)(step / Math.Min(seen + 1, _cyclesRemembered));
        }

        _cycles[closedSlot] = (byte)Math.Min(seen + 1, byte.MaxValue);
    }
}
