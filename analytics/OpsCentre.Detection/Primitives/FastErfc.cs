namespace OpsCentre.Detection.Primitives;

/// <summary>
/// The complementary error function by the Chebyshev fit of Numerical Recipes (erfcc): one exponential and a
/// polynomial, with fractional error below 1.2e-7 everywhere, tails included. Kernel p-values evaluate it for every
/// remembered value on every observation, where MathNet's full-precision Erfc is several times slower.
/// </summary>
internal static class FastErfc
{
    public static double Of(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var polynomial = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
        var result = t * Math.Exp(polynomial);
        return x >= 0 ? result : 2 - result;
    }

    /// <summary>Upper tail of the standard normal distribution, Q(z) = erfc(z/√2)/2.</summary>
    public static double NormalTail(double z) => 0.5 * Of(z * (1 / Math.Sqrt(2)));
}
