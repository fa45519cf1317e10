using OpsCentre.Contracts.Operations;
using OpsCentre.Incidents.Outcomes;
using static OpsCentre.Incidents.Tests.Support.Incidents;

namespace OpsCentre.Incidents.Tests.Outcomes;

public sealed class DetectorPrecisionReportTests
{
    private static Incident Judged(string id, OutcomeVerdict? verdict) =>
        Collision(id) with { Outcome = verdict is { } v ? new IncidentOutcome(v, "operator-7", Support.Anomalies.Start) : null };

    [Fact]
    public void Each_judged_incident_counts_once_for_every_detector_in_its_evidence()
    {
        var report = DetectorPrecisionReport.From([
            Judged("INC-1", OutcomeVerdict.TruePositive),
            Judged("INC-2", OutcomeVerdict.TruePositive),
            Judged("INC-3", OutcomeVerdict.FalsePositive),
            Judged("INC-4", null),
        ]);

        Assert.Equal((3, 1), (report.IncidentsJudged, report.IncidentsUnjudged));
        var spectral = report.Detectors.Single(d => d.Detector == "SpectralResidual");
        Assert.Equal((2, 1), (spectral.TruePositives, spectral.FalsePositives));
        Assert.Equal(2.0 / 3, spectral.Precision!.Value, 6);
        Assert.Equal(["SpectralResidual", "cctv-analytics"], report.Detectors.Select(d => d.Detector));
    }

    [Fact]
    public void Detector_with_nothing_judged_has_no_precision()
    {
        Assert.Null(new DetectorPrecision("IidSpike", 0, 0).Precision);
    }
}
