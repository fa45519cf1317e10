namespace OpsCentre.Contracts.Assets;

/// <summary>
/// Static facts about an asset from the catalogue: what it is, where it is, and for road links the geometry
/// the map draws and the analytics use for adjacency.
/// </summary>
public sealed record AssetDescriptor(
    string AssetId,
    AssetKind Kind,
    string Name,
    GeoPoint Location,
    IReadOnlyList<GeoPoint>? Path = null,
    double? LengthMetres = null,
    string? RoadLinkId = null);
