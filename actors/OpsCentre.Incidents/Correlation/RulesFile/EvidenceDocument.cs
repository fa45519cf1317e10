namespace OpsCentre.Incidents.Correlation.RulesFile;

internal sealed record EvidenceDocument(
    string? Role,
    List<string?>? Signals,
    List<string?>? Patterns,
    List<string?>? AssetKinds,
    double? MinScore,
    int? MinAssets);
