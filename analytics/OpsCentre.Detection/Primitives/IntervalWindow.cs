namespace OpsCentre.Detection.Primitives;

/// <summary>
/// The last <c>capacity</c> sampling intervals and their median. Kept in seconds: the sorted window is single
/// precision, which holds whole seconds exactly but not ticks (30 minutes is 1.8e10 ticks).
/// </summary>
internal sealed class IntervalWindow(int capacity)
{
    private readonly SortedWindow _seconds = new(capacity);

    public int Count => _seconds.Count;

    public TimeSpan Median => TimeSpan.FromTicks((long)Math.Round(_seconds.Median * TimeSpan.TicksPerSecond));

    public void Add(TimeSpan interval) => _seconds.Add(interval.TotalSeconds);
}
