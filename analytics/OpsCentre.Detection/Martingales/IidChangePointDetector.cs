namespace OpsCentre.Detection.Martingales;

/// <summary>
/// Detects a change in an i.i.d. stream's distribution with an exchangeability martingale over the stream's
/// kernel-density p-values (the model of ML.NET's IidChangePointDetector): a run of small p-values (a level shift,
/// a new regime) makes the martingale grow. Surprise is log10 M, since P(M ≥ c) ≤ 1/c before a change.
/// </summary>
public sealed class IidChangePointDetector : IStreamDetector
{
    private readonly IidChangePointOptions _options;
    private readonly KernelPValue _history;
    private readonly ChangeMartingale _martingale;

    public IidChangePointDetector(IidChangePointOptions? options = null)
    {
        _options = options ?? new IidChangePointOptions();
        _options.Validate();
        _history = new KernelPValue(_options.PValueHistoryLength);
        _martingale = new ChangeMartingale(_options.Martingale, _options.Epsilon);
    }

    public double LastSurprise { get; private set; }

    /// <summary>Whether the martingale has passed 1/(1 − Confidence): a change at that confidence.</summary>
    public bool IsChange => _martingale.LogValue >= -Math.Log(1 - _options.Confidence);

    public DetectionResult Observe(DateTime timestamp, double value)
    {
        var expected = _history.Mean;
        var p = _history.PValue(value, Tail.TwoSided);
        _history.Add(value);
        _martingale.Bet(p);
        LastSurprise = Math.Max(0, _martingale.LogValue / Math.Log(10));
        return new DetectionResult(Surprise.ToScore(LastSurprise), new Explanation(DetectorComponent.IidChangePoint, AnomalyKind.LevelShift, expected, value));
    }
}
