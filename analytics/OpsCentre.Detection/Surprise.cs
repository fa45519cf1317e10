namespace OpsCentre.Detection;

/// <summary>
/// The common currency of the detectors: surprise = −log10(p), the number of decades by which an observation is
/// improbable under a component's model. Components of different kinds become comparable on this scale, and it maps
/// monotonically onto the [0,1] anomaly score.
/// </summary>
public static class Surprise
{
    /// <summary>Surprise at which the score is 0.5 (p = 1e-5, the level Numenta's log-likelihood score also centres on).</summary>
    public const double HalfScore = 5.0;

    /// <summary>Caps surprise where double precision of p runs out.</summary>
    public const double Max = 300;

    public static double FromPValue(double p) => p <= 0 ? Max : Math.Min(Max, -Math.Log10(Math.Min(1, p)));

    /// <summary>Maps surprise onto [0,1): s / (s + <see cref="HalfScore"/>).</summary>
    public static double ToScore(double surprise) => surprise <= 0 ? 0 : surprise / (surprise + HalfScore);

    /// <summary>Upper tail of the standard normal distribution, as surprise (accurate far into the tail).</summary>
    public static double OfNormalTail(double z)
    {
        if (z < 8)
        {
            return FromPValue(Primitives.FastErfc.NormalTail(z));
        }

        // Mills ratio asymptote: log10 Q(z) ≈ −z²/2·log10(e) − log10(z·√(2π)).
        return Math.Min(Max, z * z / 2 * Math.Log10(Math.E) + Math.Log10(z * Math.Sqrt(2 * Math.PI)));
    }
}
