using OpsCentre.Contracts.Assets;

namespace OpsCentre.Contracts.Operations;

/// <summary>
/// One detector firing on one asset's signal, as carried on ops.anomalies.v1. <paramref name="AnomalyId"/> is
/// derived from the asset, signal and observation time, so the same reading replayed after a crash yields the
/// same id and downstream effects stay idempotent.
/// </summary>
/// <param name="Signal">The measured signal, e.g. "speedKph", "no2", "event:StoppedVehicle".</param>
/// <param name="Score">Anomaly score in [0,1].</param>
/// <param name="Expected">What the detector expected at this point (baseline), in the signal's unit.</param>
/// <param name="Explanation">Which component fired and why, in words an operator can read.</param>
/// <param name="Context">Readings of the signal around the anomaly (the detector's recent window), oldest first,
/// so the incident can show what the signal did; null when the detector keeps no window.</param>
public sealed record Anomaly(
    string AnomalyId,
    string AssetId,
    AssetKind AssetKind,
    string Signal,
    AnomalyPattern Pattern,
    DateTimeOffset ObservedAt,
    double Score,
    double Observed,
    double Expected,
    string Detector,
    string Explanation,
    GeoPoint Location,
    IReadOnlyList<SignalSample>? Context = null);
