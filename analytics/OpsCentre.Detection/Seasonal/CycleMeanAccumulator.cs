namespace OpsCentre.Detection.Seasonal;

/// <summary>
/// Averages the readings of the slot being filled; when a reading falls in another slot (or another cycle of the
/// same one), the finished slot's mean is handed over. One value per slot per cycle is what lets a fast stream and a
/// slow one fill a profile at the same pace.
/// </summary>
internal struct CycleMeanAccumulator
{
    private long _openAbsoluteSlot;
    private int _openSlot;
    private double _openSum;
    private int _openCount;

    public CycleMeanAccumulator() => _openAbsoluteSlot = -1;

    /// <summary>Adds a reading; returns true with the previous slot's mean when this reading closed it.</summary>
    public bool Add(long absoluteSlot, int slot, double value, out int closedSlot, out double closedMean)
    {
        closedSlot = _openSlot;
        closedMean = _openCount > 0 ? _openSum / _openCount : double.NaN;
        var closed = false;
        if (absoluteSlot != _openAbsoluteSlot)
        {
            closed = _openCount > 0;
            _openAbsoluteSlot = absoluteSlot;
            _openSlot = slot;
            _openSum = 0;
            _openCount = 0;
        }

        _openSum += value;
        _openCount++;
        return closed;
    }
}
