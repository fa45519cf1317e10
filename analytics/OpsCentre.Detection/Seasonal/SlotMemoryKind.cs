namespace OpsCentre.Detection.Seasonal;

/// <summary>How a seasonal baseline remembers each slot of its cycle.</summary>
public enum SlotMemoryKind
{
    /// <summary>The median of the slot's last K cycles (K = DaysKept / WeeksKept): robust, 4·K + 2 bytes a slot.</summary>
    CycleMedian,

    /// <summary>
    /// A clipped exponentially weighted average remembering about K cycles: 5 bytes a slot, for streams by the
    /// hundred thousand.
    /// </summary>
    SmoothedAverage,
}
