using OpsCentre.Assets.State;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Assets.Persistence;

/// <summary>
/// One asset as the asset list shows it. <see cref="Status"/> and <see cref="LastSeen"/> are null for an asset in
/// the catalogue that has never reported; <see cref="Partition"/> is null when no state for it exists anywhere.
/// </summary>
public sealed record AssetListing(
    string AssetId,
    AssetKind Kind,
    string Name,
    GeoPoint Location,
    AssetStatus? Status,
    DateTimeOffset? LastSeen,
    long Observations,
    int? Partition);
