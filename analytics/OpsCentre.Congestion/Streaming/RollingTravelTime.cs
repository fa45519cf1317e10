namespace OpsCentre.Congestion.Streaming;

/// <summary>
/// Travel times of the readings within a trailing time span, in a fixed ring so memory does not grow with the feed
/// rate; when the ring is full the oldest reading goes first even if still inside the span.
/// </summary>
internal sealed class RollingTravelTime(TimeSpan span, int capacity)
{
    private readonly (DateTimeOffset At, double TravelTime)[] _ring = new (DateTimeOffset, double)[capacity];
    private int _start;
    private int _count;
    private double _sum;

    public int Count => _count;

    public double Mean => _count == 0 ? double.NaN : _sum / _count;

    public void Add(DateTimeOffset at, double travelTimeSeconds)
    {
        if (_count == _ring.Length)
        {
            RemoveOldest();
        }

        _ring[(_start + _count) % _ring.Length] = (at, travelTimeSeconds);
        _count++;
        _sum += travelTimeSeconds;
        while (_count > 0 && at - _ring[_start].At >= span)
        {
            RemoveOldest();
        }
    }

    private void RemoveOldest()
    {
        _sum -= _ring[_start].TravelTime;
        _start = (_start + 1) % _ring.Length;
        _count--;
    }
}
