namespace OpsCentre.Ingest.Replay;

/// <summary>How the NAB realTraffic files (Minnesota DOT loop detectors) are replayed.</summary>
/// <param name="DataFolder">The folder holding the realTraffic CSVs (data/nab/data/realTraffic).</param>
/// <param name="Files">Which files to replay on which links. Default: all seven, each on its own Bristol M32-corridor link.</param>
/// <param name="TimeZoneId">The files' local time. Default America/Chicago (Minnesota).</param>
/// <param name="Model">Fills the fields a file does not measure. Default: a 3-lane freeway, 110 km/h free flow, 80 veh/km/lane jam density.</param>
public sealed record NabReplayOptions(
    string DataFolder,
    IReadOnlyList<NabFileMapping>? Files = null,
    string TimeZoneId = "America/Chicago",
    GreenshieldsModel? Model = null)
{
    /// <summary>
    /// Each file on a different link, so no link gets two disagreeing series. The travel-time files go on ~3.3 km
    /// links, where the files' typical 200 s means a believable ~60 km/h.
    /// </summary>
    public static IReadOnlyList<NabFileMapping> DefaultFiles { get; } =
    [
        new("TravelTime_387.csv", "link-37-F"),
        new("TravelTime_451.csv", "link-31-D"),
        new("speed_6005.csv", "link-02-P"),
        new("occupancy_6005.csv", "link-37-B"),
        new("speed_t4013.csv", "link-34-E"),
        new("occupancy_t4013.csv", "link-34-B"),
        new("speed_7578.csv", "link-02-O"),
    ];

    public static GreenshieldsModel DefaultModel { get; } = new(110, 80, 3);

    public IReadOnlyList<NabFileMapping> Mappings => Files ?? DefaultFiles;

    public GreenshieldsModel FlowModel => (Model ?? DefaultModel).Validated();
}
