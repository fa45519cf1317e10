using System.Globalization;
using OpsCentre.Contracts.Operations;

namespace OpsCentre.Incidents.Correlation;

/// <summary>The operator-readable summary of why an incident was raised: each piece of evidence and its explanation.</summary>
public static class EvidenceSummary
{
    private const int MaxLines = 6;

    public static string Describe(CorrelationRule rule, IReadOnlyList<Anomaly> evidence)
    {
        var lines = evidence.Take(MaxLines).Select(a => string.Create(CultureInfo.InvariantCulture,
            $"{a.Signal} {a.Pattern.ToString().ToLowerInvariant()} at {a.AssetId} {a.ObservedAt:HH:mm:ss} (observed {a.Observed:0.##}, expected {a.Expected:0.##}, score {a.Score:0.00}): {a.Explanation}"));
        var more = evidence.Count > MaxLines ? $"; and {evidence.Count - MaxLines} more" : "";
        var assets = evidence.Select(a => a.AssetId).Distinct(StringComparer.Ordinal).Count();
        return $"Rule {rule.Id}: {evidence.Count} anomal{(evidence.Count == 1 ? "y" : "ies")} from {assets} asset{(assets == 1 ? "" : "s")}. {string.Join("; ", lines)}{more}";
    }
}
