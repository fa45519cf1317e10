namespace OpsCentre.Incidents.Correlation.RulesFile;

/// <summary>The rules file as written (every field optional here, so a missing one becomes a clear validation error
/// rather than a parser exception).</summary>
internal sealed record RulesDocument(int? SchemaVersion, string? RulesVersion, List<KindDocument?>? Kinds, List<RuleDocument?>? Rules);
