using System.Diagnostics.Metrics;

namespace OpsCentre.Assets;

/// <summary>
/// The asset layer's instruments (meter "OpsCentre.Assets"), exported on /metrics beside the actor layer's
/// (meter "OpsCentre.Actors": active entities, activations, passivations, restarts, dead letters per partition).
/// Recorded once per checkpoint or restore, or on rare events, never once per reading.
/// </summary>
public static class AssetMetrics
{
    public static readonly Meter Meter = new("OpsCentre.Assets");

    public static readonly Counter<long> Restored = Meter.CreateCounter<long>(
        "opscentre.assets.restored", "{asset}", "Assets restored when a partition was assigned, by where the newest snapshot came from");

    public static readonly Counter<long> SnapshotsWritten = Meter.CreateCounter<long>(
        "opscentre.assets.snapshots.written", "{snapshot}", "Asset snapshots written by checkpoints (store and changelog)");

    public static readonly Counter<long> SnapshotBytes = Meter.CreateCounter<long>(
        "opscentre.assets.snapshots.bytes", "By", "Bytes of asset snapshots written by checkpoints");

    public static readonly Counter<long> ReplaysSkipped = Meter.CreateCounter<long>(
        "opscentre.assets.replays.skipped", "{record}", "Replayed records an asset's restored state already included");

    public static readonly Counter<long> WentOffline = Meter.CreateCounter<long>(
        "opscentre.assets.offline", "{asset}", "Assets marked offline after staying silent");
}
