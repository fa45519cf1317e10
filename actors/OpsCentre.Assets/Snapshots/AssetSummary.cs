using OpsCentre.Assets.State;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Assets.Snapshots;

/// <summary>
/// The head of an asset's snapshot: who it is and how it is doing. It can be read without decoding the rest, which
/// is what restore (re-registering assets, health deadlines) and the asset list need for every asset.
/// </summary>
/// <param name="Partition">The Kafka partition (of every city topic) the asset's readings arrive on.</param>
/// <param name="Revision">Counts every change to the asset's state; of two snapshots of one asset the higher
/// revision is the newer, whichever node, store or changelog it came from.</param>
/// <param name="ReportsOn">The city topic of the asset's last report (its silence is judged on that topic's clock).</param>
/// <param name="HasUnconfirmedAnomalies">The snapshot carries anomalies whose delivery was not yet confirmed when
/// it was taken; a restore publishes them again.</param>
public sealed record AssetSummary(
    AssetDescriptor Descriptor,
    int Partition,
    long Revision,
    AssetStatus Status,
    DateTimeOffset? LastSeen,
    long Observations,
    TimeSpan? ExpectedInterval,
    string? ReportsOn,
    bool HasUnconfirmedAnomalies);
