namespace OpsCentre.Incidents.Correlation.RulesFile;

internal sealed record KindDocument(string? Kind, string? Title, List<string?>? Procedure);
