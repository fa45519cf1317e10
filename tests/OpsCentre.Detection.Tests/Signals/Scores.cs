namespace OpsCentre.Detection.Tests.Signals;

internal static class Scores
{
    /// <summary>The highest score in [from, to).</summary>
    public static double MaxBetween(this double[] scores, int from, int to) => scores[from..to].Max();

    /// <summary>The first index at or after <paramref name="from"/> scoring at least <paramref name="threshold"/>, or −1.</summary>
    public static int FirstAtOrAbove(this double[] scores, double threshold, int from = 0)
    {
        for (var i = from; i < scores.Length; i++)
        {
            if (scores[i] >= threshold)
            {
                return i;
            }
        }

        return -1;
    }
}
