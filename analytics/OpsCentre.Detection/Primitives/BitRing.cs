namespace OpsCentre.Detection.Primitives;

/// <summary>
/// A fixed-capacity FIFO of yes/no outcomes packed 64 to a word, keeping a running count of the yeses. A sensor's
/// repeat history is a thousand such outcomes: 125 bytes here instead of the 8 KB a ring of doubles would take for
/// every signal of every asset.
/// </summary>
internal sealed class BitRing
{
    private readonly ulong[] _words;
    private readonly int _capacity;
    private int _start;

    public BitRing(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _words = new ulong[(capacity + 63) / 64];
    }

    public int Count { get; private set; }

    /// <summary>How many of the kept outcomes are true.</summary>
    public int TrueCount { get; private set; }

    /// <summary>Appends an outcome; when full, the oldest is forgotten (and leaves the running count).</summary>
    public void Add(bool outcome)
    {
        int slot;
        if (Count < _capacity)
        {
            slot = (_start + Count) % _capacity;
            Count++;
        }
        else
        {
            slot = _start;
            if (Get(slot))
            {
                TrueCount--;
            }

            _start = (_start + 1) % _capacity;
        }

        Set(slot, outcome);
        if (outcome)
        {
            TrueCount++;
        }
    }

    private bool Get(int slot) => (_words[slot >> 6] & (1UL << (slot & 63))) != 0;

    private void Set(int slot, bool value)
    {
        var mask = 1UL << (slot & 63);
        _words[slot >> 6] = value ? _words[slot >> 6] | mask : _words[slot >> 6] & ~mask;
    }
}
