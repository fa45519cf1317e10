using OpsCentre.Assets.State;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Assets.Queries;

/// <summary>
/// One asset for the console: identity, status, health, recent readings per signal, camera activity and the open
/// incidents that name it. <see cref="Source"/> says whether the state is live on this node ("live"), the last
/// snapshot in the shared store ("stored", hosted by another node), or absent ("none": never reported).
/// </summary>
public sealed record AssetDetail(
    string AssetId,
    AssetKind Kind,
    string Name,
    GeoPoint Location,
    string? RoadLinkId,
    double? LengthMetres,
    AssetStatus? Status,
    DateTimeOffset? LastSeen,
    long Observations,
    string Source,
    int? Partition,
    long Revision,
    AssetHealthView? Health,
    IReadOnlyList<SignalView> Signals,
    CameraView? Camera,
    IReadOnlyList<IncidentBrief> OpenIncidents);

/// <summary>How the asset's silence is judged: its learnt cadence, and when it goes (or went) offline without news.</summary>
public sealed record AssetHealthView(TimeSpan? ExpectedInterval, TimeSpan OfflineAfterSilence, DateTimeOffset? OfflineAt);

/// <summary>One signal: its recent readings (oldest first), latest score and whether it is firing.</summary>
public sealed record SignalView(string Signal, IReadOnlyList<TimedValue> Recent, double LastScore, DateTimeOffset? FiringSince, DateTimeOffset? LastAnomalyAt);

/// <summary>A camera's latest object counts and recent analytics events.</summary>
public sealed record CameraView(IReadOnlyDictionary<string, int> LatestCounts, DateTimeOffset? CountsAt, IReadOnlyList<CameraEventRecord> RecentEvents);

/// <summary>An open incident that names the asset.</summary>
public sealed record IncidentBrief(string IncidentId, string Kind, string Title, int Priority, string State, DateTimeOffset OpenedAt);
