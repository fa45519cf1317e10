namespace OpsCentre.Congestion.Report;

/// <summary>The kinds of data folder a report can be made from.</summary>
public enum ReportDataKind
{
    /// <summary>Per-segment travel times and speeds (Aarhus layout: trafficMetaData.csv + trafficData*.csv).</summary>
    TravelTimes,

    /// <summary>Hourly volumes at a count station (Metro_Interstate_Traffic_Volume.csv).</summary>
    HourlyVolumes,
}
