namespace OpsCentre.Assets.State;

/// <summary>
/// A signal's most recent readings in a fixed ring. Each reading is 16 bytes (UTC ticks and value) rather than the
/// 24 of a <see cref="TimedValue"/>, because every tracked signal keeps a few hundred of them: enough to rebuild its
/// detector after a restore (see <c>AssetHostingOptions.DetectorReplayReadings</c>) as well as to draw its chart.
/// </summary>
public sealed class ReadingHistory
{
    private readonly Reading[] _ring;
    private int _next;

    public ReadingHistory(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _ring = new Reading[capacity];
    }

    public int Capacity => _ring.Length;

    public int Count { get; private set; }

    /// <summary>The reading <paramref name="index"/> places from the oldest kept (0 = oldest).</summary>
    public TimedValue this[int index]
    {
        get
        {
            var reading = At(index);
            return new TimedValue(new DateTimeOffset(reading.Ticks, TimeSpan.Zero), reading.Value);
        }
    }

    public TimedValue? Latest => Count == 0 ? null : this[Count - 1];

    public void Add(DateTimeOffset at, double value)
    {
        _ring[_next] = new Reading(at.UtcTicks, value);
        _next = (_next + 1) % _ring.Length;
        Count = Math.Min(Count + 1, _ring.Length);
    }

    public long TicksAt(int index) => At(index).Ticks;

    public double ValueAt(int index) => At(index).Value;

    /// <summary>Copies the kept readings, oldest first, into <paramref name="ticks"/> and <paramref name="values"/>
    /// (each at least <see cref="Count"/> long) in one pass over the ring.</summary>
    public void CopyTo(Span<long> ticks, Span<double> values)
    {
        var oldest = (_next - Count + _ring.Length) % _ring.Length;
        var firstRun = Math.Min(Count, _ring.Length - oldest);
        Copy(_ring.AsSpan(oldest, firstRun), ticks, values);
        Copy(_ring.AsSpan(0, Count - firstRun), ticks[firstRun..], values[firstRun..]);
    }

    /// <summary>The newest <paramref name="count"/> readings (or all, if fewer are kept), oldest first.</summary>
    public IReadOnlyList<TimedValue> Newest(int count)
    {
        var take = Math.Min(count, Count);
        var result = new TimedValue[take];
        for (var i = 0; i < take; i++)
        {
            result[i] = this[Count - take + i];
        }

        return result;
    }

    private Reading At(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"{Count} readings are kept");
        }

        return _ring[(_next - Count + index + _ring.Length) % _ring.Length];
    }

    private static void Copy(ReadOnlySpan<Reading> run, Span<long> ticks, Span<double> values)
    {
        for (var i = 0; i < run.Length; i++)
        {
            ticks[i] = run[i].Ticks;
            values[i] = run[i].Value;
        }
    }

    private readonly record struct Reading(long Ticks, double Value);
}
