using OpsCentre.Contracts.Operations;

namespace OpsCentre.Incidents;

/// <summary>Filters for listing incidents; null means "any". Results are newest first.</summary>
/// <param name="Area">Bounding box (south, west, north, east) in degrees.</param>
public sealed record IncidentQuery(
    IReadOnlySet<IncidentState>? States = null,
    int? MaxPriority = null,
    string? Kind = null,
    (double South, double West, double North, double East)? Area = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Limit = 200)
{
    public const int MaxLimit = 5_000;
}
