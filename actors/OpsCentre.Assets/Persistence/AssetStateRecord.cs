using OpsCentre.Assets.State;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Assets.Persistence;

/// <summary>One asset's row as a checkpoint writes it: the columns the asset list filters on, and the snapshot.</summary>
public sealed record AssetStateRecord(
    string AssetId,
    int Partition,
    long Revision,
    AssetKind Kind,
    string Name,
    AssetStatus Status,
    DateTimeOffset? LastSeen,
    GeoPoint Location,
    long Observations,
    byte[] Snapshot);
