namespace OpsCentre.Detection.Nab;

/// <summary>NAB's scaled sigmoid: 2/(1+e^(5y)) − 1 for y ≤ 3, −1 beyond (NAB-SCORING §5).</summary>
public static class ScaledSigmoid
{
    /// <summary>S(−1): the value of a detection on the first row of a window, used to scale in-window values to 1.</summary>
    public static readonly double MaxTruePositive = Of(-1.0);

    public static double Of(double y) => y > 3.0 ? -1.0 : 2.0 / (1.0 + Math.Exp(5.0 * y)) - 1.0;
}
