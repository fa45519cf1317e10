namespace OpsCentre.Assets.Detection;

/// <summary>When a detector's score becomes an anomaly on ops.anomalies.v1.</summary>
public sealed record AnomalyOptions
{
    /// <summary>Score at or above which a point is anomalous. Default 0.9, range (0, 1].</summary>
    public double Threshold { get; init; } = 0.9;

    /// <summary>Quiet points in a row that end an anomalous run. Default 3, range 1..1000.</summary>
    public int QuietPointsToReset { get; init; } = 3;

    /// <summary>Minimum observation time between two anomalies of one signal. Default 15 min, range 0..1 day.
    /// One anomalous run is one anomaly; the correlator attaches later runs to the open incident.</summary>
    public TimeSpan Cooldown { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Readings kept per signal for charts and evidence. Default 48, range 8..1024.</summary>
    public int RecentReadings { get; init; } = 48;

    public AnomalyOptions Validated()
    {
        if (Threshold is <= 0 or > 1 || double.IsNaN(Threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "threshold must be in (0, 1]");
        }

        if (QuietPointsToReset is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(QuietPointsToReset), QuietPointsToReset, "must be 1..1000");
        }

        if (Cooldown < TimeSpan.Zero || Cooldown > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(Cooldown), Cooldown, "cooldown must be 0..1 day");
        }

        if (RecentReadings is < 8 or > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(RecentReadings), RecentReadings, "must be 8..1024");
        }

        return this;
    }
}
