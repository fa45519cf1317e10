namespace OpsCentre.Contracts.Kafka;

/// <summary>
/// Topic names. Every topic is keyed by asset id (incidents by incident id), so all of one asset's messages
/// land in one partition and are processed in order by the node that owns it.
/// </summary>
public static class CityTopics
{
    public const string Traffic = "city.traffic.v1";
    public const string Cctv = "city.cctv.v1";
    public const string Sensors = "city.sensors.v1";
    public const string Anomalies = "ops.anomalies.v1";
    public const string Incidents = "ops.incidents.v1";
    public const string DeadLetter = "ops.deadletter.v1";

    /// <summary>Compacted: the latest snapshot of each asset's state, keyed by asset id, for restore on assign.</summary>
    public const string AssetChangelog = "ops.assets.changelog.v1";

    /// <summary>
    /// Compacted: assets registered at run time (a device that reported through an interop feed and was not in the
    /// catalogue), keyed by asset id, so every node's catalogue learns them, including after a restart.
    /// </summary>
    public const string AssetRegistry = "ops.assets.registry.v1";

    public static IReadOnlyList<string> CityInputs { get; } = [Traffic, Cctv, Sensors];

    public static IReadOnlyList<string> Compacted { get; } = [AssetChangelog, AssetRegistry];

    public static IReadOnlyList<string> All { get; } = [Traffic, Cctv, Sensors, Anomalies, Incidents, DeadLetter, AssetChangelog, AssetRegistry];
}
