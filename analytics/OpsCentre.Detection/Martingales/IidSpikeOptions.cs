namespace OpsCentre.Detection.Martingales;

/// <summary>i.i.d. spike detection settings (the model of ML.NET's IidSpikeDetector).</summary>
public sealed record IidSpikeOptions
{
    /// <summary>Past values the p-value is computed against; 10..2000. Default 100 (as ML.NET's pvalueHistoryLength).</summary>
    public int PValueHistoryLength { get; init; } = 100;

    /// <summary>Confidence above which a spike is explained as one; 0.5..0.999999. Default 0.99.</summary>
    public double Confidence { get; init; } = 0.99;

    public Tail Side { get; init; } = Tail.TwoSided;

    public void Validate()
    {
        OptionChecks.InRange(PValueHistoryLength, 10, 2000, nameof(IidSpikeOptions), nameof(PValueHistoryLength));
        OptionChecks.InRange(Confidence, 0.5, 0.999999, nameof(IidSpikeOptions), nameof(Confidence));
    }
}
