namespace OpsCentre.Assets.State;

/// <summary>
/// A signal's most recent readings in a fixed ring. Each reading is 8 bytes rather than the 24 of a
/// <see cref="TimedValue"/>, because every tracked signal of 100,000 assets keeps a few hundred of them: enough to
/// rebuild its detector after a restore (see <c>AssetModel.DetectorReplayReadings</c>) as well as to draw its chart.
/// Times are whole seconds since 2000 (sensors report at most every second, and a second is far finer than any
/// detector's slot) and values single precision, read back at the seven significant digits a float holds, so a
/// reading of 3.456 comes back as 3.456 and not 3.4560000896.
/// </summary>
public sealed class ReadingHistory
{
    private static readonly long Epoch = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
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

    /// <exception cref="ArgumentOutOfRangeException">The time is outside 1932–2068, which no live or replayed reading is.</exception>
    public void Add(DateTimeOffset at, double value)
    {
        var seconds = (at.UtcTicks - Epoch) / TimeSpan.TicksPerSecond;
        if (seconds is < int.MinValue or > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, "A kept reading's time must lie within 68 years of 2000.");
        }

        _ring[_next] = new Reading((int)seconds, (float)value);
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

    private readonly record struct Reading(int Seconds, float Stored)
    {
        public long Ticks => Epoch + (Seconds * TimeSpan.TicksPerSecond);

        // Through decimal, which keeps the float's seven significant digits, unless it cannot hold the value.
        public double Value => float.IsFinite(Stored) && Math.Abs(Stored) < 1e27f ? (double)(decimal)Stored : Stored;
    }
}
