namespace OpsCentre.Detection.Martingales;

/// <summary>
/// Treats the stream as i.i.d. and flags values whose kernel-density p-value against recent history is small.
/// Good for isolated spikes in stationary noise; blind to seasonality and slow drift.
/// </summary>
public sealed class IidSpikeDetector : IStreamDetector
{
    private readonly IidSpikeOptions _options;
    private readonly KernelPValue _history;

    public IidSpikeDetector(IidSpikeOptions? options = null)
    {
        _options = options ?? new IidSpikeOptions();
        _options.Validate();
        _history = new KernelPValue(_options.PValueHistoryLength);
    }

    public double LastPValue { get; private set; } = 0.5;

    /// <summary>Whether the latest p-value fell below 1 − Confidence.</summary>
    public bool IsSpike => LastPValue < 1 - _options.Confidence;

    public DetectionResult Observe(DateTime timestamp, double value)
    {
        var expected = _history.Mean;
        LastPValue = _history.PValue(value, _options.Side);
        _history.Add(value);
        var surprise = Surprise.FromPValue(LastPValue);
        var explanation = new Explanation(DetectorComponent.IidSpike, value >= expected ? AnomalyKind.Spike : AnomalyKind.Dip, expected, value);
        return new DetectionResult(Surprise.ToScore(surprise), explanation);
    }
}
