namespace OpsCentre.Detection.Ensemble;

/// <summary>
/// Turns a component's surprise into a score that asks "is this the most surprising thing in a long while?":
/// s / (s + k·M), where M is the recent peak of surprise, decaying geometrically by the factor the caller passes
/// with each observation (the ensemble's statistical components decay in time, the novelty echo per reading).
/// A stream that is always a bit surprising raises its own bar; a quiet one lowers it. The score is 1/(1+k) when
/// the surprise equals the recent peak and approaches 1 when it dwarfs it. A burst that follows its own peak
/// scores low, so one event produces one alarm rather than a run of them.
/// </summary>
/// <param name="floor">The least the recent peak is taken to be, so a stream that has been dead quiet does not
/// treat its first mild surprise as news.</param>
internal sealed class RecentPeakNormaliser(double peakMultiple, int warmUp, double floor = 0)
{
    private double _peak;
    private int _seen;

    /// <param name="surprise">The component's surprise for this observation.</param>
    /// <param name="decay">How much of the peak survives to this observation (0..1].</param>
    public double Normalise(double surprise, double decay)
    {
        // Count only once the component has started producing evidence: seasonal profiles need days first.
        if (surprise > 0 || _seen > 0)
        {
            _seen++;
        }

        _peak *= decay;
        var score = _seen > warmUp && surprise > 0 ? surprise / (surprise + peakMultiple * Math.Max(_peak, floor)) : 0;
        _peak = Math.Max(surprise, _peak);
        return score;
    }
}
