namespace OpsCentre.Congestion.Measures;

/// <summary>Which readings a free-flow estimate came from, so a weak estimate is visible in reports.</summary>
public enum FreeFlowBasis
{
    /// <summary>Readings in the configured quiet (night) hours.</summary>
    QuietHours,

    /// <summary>Too few quiet-hour readings: every reading was used, which overstates free-flow time on busy links.</summary>
    AllReadings,

    /// <summary>Supplied from outside (a previous history run, a survey).</summary>
    Supplied,
}
