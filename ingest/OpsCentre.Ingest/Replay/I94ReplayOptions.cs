namespace OpsCentre.Ingest.Replay;

/// <summary>How the Minnesota DOT I-94 hourly volumes (ATR station 301, westbound) are replayed.</summary>
/// <param name="CsvPath">Metro_Interstate_Traffic_Volume.csv.</param>
/// <param name="LinkId">The road link the volumes are replayed on. Default link-02-P (M32 outbound, Bristol's motorway spur).</param>
/// <param name="TimeZoneId">The file's local time. Default America/Chicago.</param>
/// <param name="Model">Derives speed from volume (uncongested branch). Default: 4 lanes, 100 km/h free flow, 80 veh/km/lane.</param>
public sealed record I94ReplayOptions(
    string CsvPath,
    string LinkId = "link-02-P",
    string TimeZoneId = "America/Chicago",
    GreenshieldsModel? Model = null)
{
    public static GreenshieldsModel DefaultModel { get; } = new(100, 80, 4);

    public GreenshieldsModel FlowModel => (Model ?? DefaultModel).Validated();
}
