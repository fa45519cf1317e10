namespace OpsCentre.Incidents.Correlation.RulesFile;

internal sealed record RuleDocument(
    string? Id,
    string? Kind,
    int? Priority,
    string? Window,
    string? JoinWindow,
    SpaceDocument? Space,
    List<EvidenceDocument?>? Evidence,
    string? Description = null);
