namespace OpsCentre.Detection.Nab;

/// <summary>
/// One NAB data file in row order. Timestamps may repeat or step backwards (NAB-SCORING §10), so everything that
/// scores works on row indices.
/// </summary>
public sealed record NabSeries(string RelativePath, DateTime[] Timestamps, double[] Values)
{
    /// <summary>The folder under data/ (realTraffic, realKnownCause, ...).</summary>
    public string Category => RelativePath.Split('/')[0];

    public int Length => Values.Length;
}
