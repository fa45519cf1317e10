using OpsCentre.Contracts.Operations;

namespace OpsCentre.Alerts.Partners;

/// <summary>
/// Which incidents a partner wants: of these kinds (empty = any), at this priority or more urgent, inside this area
/// (null = anywhere).
/// </summary>
public sealed record RoutingRule(IReadOnlyList<string> Kinds, int MaxPriority = 5, GeoBounds? Area = null)
{
    public bool Matches(Incident incident) =>
        (Kinds.Count == 0 || Kinds.Contains(incident.Kind, StringComparer.Ordinal))
        && incident.Priority <= MaxPriority
        && (Area is null || Area.Contains(incident.Location));
}
