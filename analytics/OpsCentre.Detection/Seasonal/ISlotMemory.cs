namespace OpsCentre.Detection.Seasonal;

/// <summary>What a seasonal baseline remembers of each slot of its cycle (a time of day, or of week).</summary>
internal interface ISlotMemory
{
    /// <summary>The slot's expected value, or NaN while it has seen too few cycles to say.</summary>
    double Expected(int slot);

    /// <param name="absoluteSlot">Slots since the epoch, which tells a new cycle of the same slot apart.</param>
    /// <param name="slot">The slot within the cycle.</param>
    /// <param name="value">The reading.</param>
    /// <param name="scale">The stream's current robust σ (NaN while unknown), for memories that clip outliers.</param>
    void Add(long absoluteSlot, int slot, double value, double scale);
}
