namespace OpsCentre.Incidents.Correlation.RulesFile;

internal sealed record SpaceDocument(double? WithinMetres, bool? ConnectedRoadLinks);
