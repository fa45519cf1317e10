using OpsCentre.Assets.State;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Assets.Queries;

/// <summary>Which assets to list; null means "any". <see cref="Area"/> is (south, west, north, east) in degrees.</summary>
public sealed record AssetFilter(
    AssetKind? Kind = null,
    AssetStatus? Status = null,
    (double South, double West, double North, double East)? Area = null,
    int Limit = AssetFilter.DefaultLimit)
{
    public const int DefaultLimit = 20_000;
    public const int MaxLimit = 200_000;

    public bool Matches(Persistence.AssetListing listing) =>
        (Kind is null || listing.Kind == Kind)
        && (Status is null || listing.Status == Status)
        && (Area is not { } area || (listing.Location.Lat >= area.South && listing.Location.Lat <= area.North
                                     && listing.Location.Lon >= area.West && listing.Location.Lon <= area.East));
}
