using OpsCentre.Contracts.Assets;
using OpsCentre.Contracts.Operations;

namespace OpsCentre.Incidents.Correlation;

/// <summary>
/// One kind of anomaly a rule needs, e.g. "a speed collapse on a road link". A role is filled when anomalies matching
/// it come from at least <see cref="MinAssets"/> different assets.
/// </summary>
/// <param name="Signals">Signal names, compared case-insensitively ("speedKph", "event:StoppedVehicle"); "*" = any.</param>
/// <param name="Patterns">Accepted patterns; empty = any.</param>
/// <param name="AssetKinds">Accepted asset kinds; empty = any.</param>
public sealed record EvidenceRole(
    string Role,
    IReadOnlySet<string> Signals,
    IReadOnlySet<AnomalyPattern> Patterns,
    IReadOnlySet<AssetKind> AssetKinds,
    double MinScore,
    int MinAssets)
{
    public const string AnySignal = "*";

    public bool Matches(Anomaly anomaly) =>
        (Signals.Contains(anomaly.Signal) || Signals.Contains(AnySignal))
        && (Patterns.Count == 0 || Patterns.Contains(anomaly.Pattern))
        && (AssetKinds.Count == 0 || AssetKinds.Contains(anomaly.AssetKind))
        && anomaly.Score >= MinScore;
}
