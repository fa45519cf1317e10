using OpsCentre.Contracts.Operations;

namespace OpsCentre.Incidents.Outcomes;

/// <summary>
/// Detector precision from operators' verdicts: every judged incident counts once for each detector that supplied
/// evidence to it. Incidents without evidence (raised by an external feed) have no detector to credit.
/// </summary>
public sealed record DetectorPrecisionReport(IReadOnlyList<DetectorPrecision> Detectors, int IncidentsJudged, int IncidentsUnjudged)
{
    public static DetectorPrecisionReport From(IEnumerable<Incident> incidents)
    {
        var counts = new SortedDictionary<string, (int True, int False)>(StringComparer.Ordinal);
        int judged = 0, unjudged = 0;
        foreach (var incident in incidents)
        {
            if (incident.Outcome is not { } outcome)
            {
                unjudged++;
                continue;
            }

            judged++;
            foreach (var detector in incident.Evidence.Select(e => e.Detector).Distinct(StringComparer.Ordinal))
            {
                var (t, f) = counts.GetValueOrDefault(detector);
                counts[detector] = outcome.Verdict == OutcomeVerdict.TruePositive ? (t + 1, f) : (t, f + 1);
            }
        }

        return new DetectorPrecisionReport([.. counts.Select(c => new DetectorPrecision(c.Key, c.Value.True, c.Value.False))], judged, unjudged);
    }
}
