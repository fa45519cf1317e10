namespace OpsCentre.Detection.Ensemble;

/// <summary>How the ensemble turns a statistical component's surprise into a score comparable across streams.</summary>
public enum EvidenceNormalisation
{
    /// <summary>Relative to the component's recent peak surprise (see <see cref="EnsembleOptions.PeakHalfLife"/>).</summary>
    RecentPeak,

    /// <summary>Numenta's anomaly likelihood over the component's scores (see <see cref="EnsembleOptions.LikelihoodHistory"/>).</summary>
    AnomalyLikelihood,
}
