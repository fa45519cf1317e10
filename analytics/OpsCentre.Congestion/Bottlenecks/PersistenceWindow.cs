namespace OpsCentre.Congestion.Bottlenecks;

/// <summary>
/// The last N intervals of one junction: which had readings on both links, which met the bottleneck rules, and the
/// speeds behind them, with running counts so each step is O(1).
/// </summary>
internal sealed class PersistenceWindow(int length)
{
    private readonly IntervalState[] _states = new IntervalState[length];
    private int _next;

    public int Observed { get; private set; }

    public int Active { get; private set; }

    public void Push(IntervalState state)
    {
        var leaving = _states[_next];
        Observed -= leaving.IsObserved ? 1 : 0;
        Active -= leaving.IsActive ? 1 : 0;
        _states[_next] = state;
        _next = (_next + 1) % _states.Length;
        Observed += state.IsObserved ? 1 : 0;
        Active += state.IsActive ? 1 : 0;
    }

    /// <summary>The active intervals now in the window, oldest first.</summary>
    public IEnumerable<IntervalState> ActiveIntervals()
    {
        for (var i = 0; i < _states.Length; i++)
        {
            var state = _states[(_next + i) % _states.Length];
            if (state.IsActive)
            {
                yield return state;
            }
        }
    }
}
