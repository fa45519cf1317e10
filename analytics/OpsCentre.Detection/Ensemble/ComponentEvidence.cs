namespace OpsCentre.Detection.Ensemble;

/// <summary>Normalises one statistical component's surprise with the ensemble's chosen method.</summary>
internal sealed class ComponentEvidence
{
    private readonly RecentPeakNormaliser? _peak;
    private readonly AnomalyLikelihood? _likelihood;
    private readonly int _warmUp;
    private int _seen;

    public ComponentEvidence(EnsembleOptions options)
    {
        _warmUp = options.WarmUp;
        if (options.Normalisation == EvidenceNormalisation.RecentPeak)
        {
            _peak = new RecentPeakNormaliser(options.PeakMultiple, options.WarmUp, options.PeakFloor);
        }
        else
        {
            _likelihood = new AnomalyLikelihood(options.LikelihoodShortWindow, options.LikelihoodHistory, options.WarmUp);
        }
    }

    /// <param name="surprise">The component's surprise for this reading.</param>
    /// <param name="peakDecay">How much of the recent peak survives to this reading (recent-peak normalisation only).</param>
    public double Score(double surprise, double peakDecay)
    {
        if (_peak is not null)
        {
            return _peak.Normalise(surprise, peakDecay);
        }

        // The likelihood works on the component's own [0,1) score, as Numenta's works on HTM's raw score.
        var likelihoodSurprise = _likelihood!.Update(Surprise.ToScore(surprise));
        return ++_seen > _warmUp ? Surprise.ToScore(likelihoodSurprise) : 0;
    }
}
