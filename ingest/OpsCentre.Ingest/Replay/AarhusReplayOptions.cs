namespace OpsCentre.Ingest.Replay;

/// <summary>How the CityPulse Aarhus road-segment files are replayed.</summary>
/// <param name="DataFolder">The folder with <c>trafficMetaData.csv</c> and the <c>trafficData&lt;REPORT_ID&gt;.csv</c> files.</param>
/// <param name="TimeZoneId">The files' local time. Default Europe/Copenhagen.</param>
/// <param name="ReportInterval">The period each row's vehicleCount covers. Default 5 minutes (the CityPulse feed's).</param>
public sealed record AarhusReplayOptions(string DataFolder, string TimeZoneId = "Europe/Copenhagen", TimeSpan? ReportInterval = null)
{
    public static readonly TimeSpan DefaultReportInterval = TimeSpan.FromMinutes(5);

    public TimeSpan Interval => ReportInterval ?? DefaultReportInterval;
}
