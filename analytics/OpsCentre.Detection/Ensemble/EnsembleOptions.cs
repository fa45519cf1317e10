using OpsCentre.Detection.Health;
using OpsCentre.Detection.Martingales;
using OpsCentre.Detection.Novelty;
using OpsCentre.Detection.Seasonal;
using OpsCentre.Detection.Spectral;

namespace OpsCentre.Detection.Ensemble;

/// <summary>
/// Which components the ensemble runs (null switches one off) and how their evidence is made comparable.
/// The defaults are the configuration measured on NAB; one configuration serves every stream.
/// </summary>
public sealed record EnsembleOptions
{
    public PatternNoveltyOptions? PatternNovelty { get; init; } = new();

    /// <summary>A shorter history than the standalone default (50 rather than 100): the ensemble wants local surprises.</summary>
    public IidSpikeOptions? IidSpike { get; init; } = new() { PValueHistoryLength = 50 };

    public SeasonalBaselineOptions? Seasonal { get; init; } = new();

    /// <summary>
    /// Catches changes of shape the other components miss (worth about 5 NAB points). A 27-point window (32 with
    /// the tail) scores the same on NAB as the paper's 64 at half the cost, on the cached radix-2 transform.
    /// </summary>
    public SpectralResidualOptions? SpectralResidual { get; init; } = new() { WindowSize = 27, Engine = FourierEngine.CachedRadix2 };

    /// <summary>Off by default: on NAB it added false alarms without catching more windows.</summary>
    public IidChangePointOptions? ChangePoint { get; init; }

    /// <summary>
    /// Flatlines and dropouts. Off by default: on NAB they cost far more in false alarms than they found, and a stuck
    /// sensor is a maintenance ticket rather than an event. Impossible values are always checked when the caller
    /// supplies a plausible range.
    /// </summary>
    public SensorHealthOptions? SensorHealth { get; init; }

    public EvidenceNormalisation Normalisation { get; init; } = EvidenceNormalisation.RecentPeak;

    /// <summary>
    /// Time for the recent peak surprise to halve; 1 hour..365 days. Default 12 days: 0.9998 per reading at NAB's
    /// five-minute interval, the per-reading decay the ensemble was first measured with. It is set in time, not in
    /// readings, so a slowly reporting sensor does not remember an event for longer than a fast one; a gap in the
    /// data counts as no more than one typical interval (<see cref="ForgettingClock"/>).
    /// </summary>
    public TimeSpan PeakHalfLife { get; init; } = TimeSpan.FromDays(12);

    /// <summary>How far past the recent peak surprise must go to score 0.5 (k in s/(s+k·M)); 0.1..100. Default 1.5.</summary>
    public double PeakMultiple { get; init; } = 1.5;

    /// <summary>
    /// Novelty echoes: when above 0, a novelty score is capped by d/(d + k·M), M the peak novelty distance of the
    /// last few readings, so the readings that follow a new pattern do not each raise an alarm; 0 (off) or 0.1..100.
    /// Default 1.
    /// </summary>
    public double NoveltyEchoMultiple { get; init; } = 1;

    /// <summary>
    /// Per-reading decay of that short-lived novelty peak; 0.5..0.9999. Default 0.98 (half-life ≈ 35 readings).
    /// Counted in readings, like the pattern scales whose echoes it damps.
    /// </summary>
    public double NoveltyEchoDecay { get; init; } = 0.98;

    /// <summary>
    /// The least surprise (decades) the recent peak is taken to be; 0..50. Default 4: a stream that has been quiet
    /// needs p ≤ 1e-6 (PeakMultiple × PeakFloor decades) to score 0.5, so ordinary noise never does.
    /// </summary>
    public double PeakFloor { get; init; } = 4;

    /// <summary>Evidence-bearing readings a statistical component needs before it may score; 0..100000. Default 200.</summary>
    public int WarmUp { get; init; } = 200;

    /// <summary>Anomaly likelihood: readings in the short-term average; 1..1000. Default 10 (Numenta's).</summary>
    public int LikelihoodShortWindow { get; init; } = 10;

    /// <summary>
    /// Anomaly likelihood: short-term averages in the long-term distribution; 50..8640. Default 1000 (Numenta keeps
    /// 8640; at four statistical components that would put a stream far over its 64 KB budget).
    /// </summary>
    public int LikelihoodHistory { get; init; } = 1000;

    public void Validate()
    {
        const string owner = nameof(EnsembleOptions);
        PatternNovelty?.Validate();
        IidSpike?.Validate();
        Seasonal?.Validate();
        SpectralResidual?.Validate();
        ChangePoint?.Validate();
        SensorHealth?.Validate();
        if (PatternNovelty is null && IidSpike is null && Seasonal is null && SpectralResidual is null && ChangePoint is null && SensorHealth is null)
        {
            throw new ArgumentException($"{owner} switches every component off; enable at least one.");
        }

        OptionChecks.InRange(PeakHalfLife, TimeSpan.FromHours(1), TimeSpan.FromDays(365), owner, nameof(PeakHalfLife));
        OptionChecks.InRange(PeakMultiple, 0.1, 100, owner, nameof(PeakMultiple));
        OptionChecks.InRange(WarmUp, 0, 100_000, owner, nameof(WarmUp));
        OptionChecks.InRange(PeakFloor, 0, 50, owner, nameof(PeakFloor));
        if (NoveltyEchoMultiple != 0)
        {
            OptionChecks.InRange(NoveltyEchoMultiple, 0.1, 100, owner, nameof(NoveltyEchoMultiple));
        }

        OptionChecks.InRange(NoveltyEchoDecay, 0.5, 0.9999, owner, nameof(NoveltyEchoDecay));
        OptionChecks.InRange(LikelihoodShortWindow, 1, 1000, owner, nameof(LikelihoodShortWindow));
        OptionChecks.InRange(LikelihoodHistory, 50, 8640, owner, nameof(LikelihoodHistory));
    }
}
