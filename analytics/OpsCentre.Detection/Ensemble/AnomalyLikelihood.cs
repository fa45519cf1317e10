using OpsCentre.Detection.Primitives;

namespace OpsCentre.Detection.Ensemble;

/// <summary>
/// Numenta's anomaly likelihood (NAB's HTM detector): the short-term mean of a raw score compared with the
/// distribution (mean, standard deviation) of that mean over a long history; the Gaussian tail probability of the
/// current short-term mean is the evidence. Returned as surprise (−log10 of the tail), as Numenta's log-likelihood
/// score does. Running sums keep each update O(1).
/// </summary>
internal sealed class AnomalyLikelihood(int shortWindow, int history, int minimumHistory)
{
    /// <summary>Numenta's floor on the standard deviation, so a perfectly quiet history cannot make noise infinite.</summary>
    private const double MinimumDeviation = 0.03;
    private readonly RingBuffer _short = new(shortWindow);
    private readonly RingBuffer _averages = new(history);
    private double _shortSum;
    private double _sum;
    private double _sumOfSquares;

    public double Update(double rawScore)
    {
        if (_short.Add(rawScore, out var leaving))
        {
            _shortSum -= leaving;
        }

        _shortSum += rawScore;
        var average = _shortSum / _short.Count;
        var surprise = 0.0;
        if (_averages.Count >= minimumHistory)
        {
            var mean = _sum / _averages.Count;
            var deviation = Math.Max(MinimumDeviation, Math.Sqrt(Math.Max(0, _sumOfSquares / _averages.Count - mean * mean)));
            surprise = Surprise.OfNormalTail((average - mean) / deviation);
        }

        if (_averages.Add(average, out var forgotten))
        {
            _sum -= forgotten;
            _sumOfSquares -= forgotten * forgotten;
        }

        _sum += average;
        _sumOfSquares += average * average;
        return surprise;
    }
}
