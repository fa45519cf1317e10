using OpsCentre.Contracts.Operations;

namespace OpsCentre.Assets.Snapshots;

/// <summary>
/// An asset's state as it is persisted (store row, changelog message) and restored: everything but its detectors,
/// which are rebuilt from the readings kept per signal (see <see cref="State.SignalTrack"/>).
/// </summary>
/// <param name="ReportingGaps">The recent gaps between reports its cadence is learnt from, oldest first.</param>
/// <param name="Positions">Per input topic, the offset of the last record the asset applied.</param>
/// <param name="UnconfirmedAnomalies">Anomalies raised by records this state includes whose delivery to
/// ops.anomalies.v1 was not yet confirmed: a restore publishes them again rather than lose them.</param>
public sealed record AssetSnapshot(
    AssetSummary Summary,
    IReadOnlyList<TimeSpan> ReportingGaps,
    IReadOnlyList<(string Topic, long Offset)> Positions,
    IReadOnlyList<SignalSnapshot> Signals,
    CameraSnapshot? Camera,
    IReadOnlyList<Anomaly> UnconfirmedAnomalies);
