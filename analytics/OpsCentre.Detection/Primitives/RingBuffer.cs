namespace OpsCentre.Detection.Primitives;

/// <summary>A fixed-capacity FIFO of doubles; adding to a full buffer evicts the oldest item. Index 0 is the oldest.</summary>
internal sealed class RingBuffer
{
    private readonly double[] _items;
    private int _start;

    public RingBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _items = new double[capacity];
    }

    public int Count { get; private set; }

    public int Capacity => _items.Length;

    public bool IsFull => Count == _items.Length;

    public double this[int index] => _items[(_start + index) % _items.Length];

    public double Newest => this[Count - 1];

    /// <summary>Appends <paramref name="value"/>; returns true and the evicted oldest value when the buffer was full.</summary>
    public bool Add(double value, out double evicted)
    {
        if (Count < _items.Length)
        {
            _items[(_start + Count) % _items.Length] = value;
            Count++;
            evicted = 0;
            return false;
        }

        evicted = _items[_start];
        _items[_start] = value;
        _start = (_start + 1) % _items.Length;
        return true;
    }

    public void Add(double value) => Add(value, out _);

    /// <summary>Copies the contents, oldest first, into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<double> destination)
    {
        var firstPart = Math.Min(Count, _items.Length - _start);
        _items.AsSpan(_start, firstPart).CopyTo(destination);
        _items.AsSpan(0, Count - firstPart).CopyTo(destination[firstPart..]);
    }

    public void Clear()
    {
        _start = 0;
        Count = 0;
    }
}
