namespace OpsCentre.Incidents.Correlation;

/// <summary>
/// When two anomalies are "in the same place" for a rule: their assets are within <see cref="WithinMetres"/> of each
/// other, or (if <see cref="ConnectedRoadLinks"/>) on the same or adjoining road links. The same asset always is.
/// </summary>
public sealed record SpatialScope(double WithinMetres, bool ConnectedRoadLinks);
