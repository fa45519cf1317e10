using OpsCentre.Detection.Health;
using OpsCentre.Detection.Martingales;
using OpsCentre.Detection.Novelty;
using OpsCentre.Detection.Seasonal;
using OpsCentre.Detection.Spectral;

namespace OpsCentre.Detection.Ensemble;

/// <summary>
/// Runs the enabled components side by side and reports the strongest. Pattern novelty is already on a common
/// scale (a fraction of the stream's range) and sensor health on an absolute one (a stuck or impossible reading is
/// a fault whatever the stream); the statistical components' surprises are normalised per stream first
/// (<see cref="EvidenceNormalisation"/>), because what is surprising for a quiet sensor is routine for a noisy one.
/// The explanation is the winning component's.
/// </summary>
public sealed class EnsembleDetector : IStreamDetector
{
    private readonly PatternNoveltyDetector? _novelty;
    private readonly IidSpikeDetector? _spike;
    private readonly SeasonalBaselineDetector? _seasonal;
    private readonly SpectralResidualDetector? _spectral;
    private readonly IidChangePointDetector? _changePoint;
    private readonly SensorHealthDetector? _health;
    private readonly RecentPeakNormaliser? _noveltyEcho;
    private readonly double _noveltyEchoDecay;
    private readonly ComponentEvidence? _spikeEvidence;
    private readonly ComponentEvidence? _seasonalEvidence;
    private readonly ComponentEvidence? _spectralEvidence;
    private readonly ComponentEvidence? _changePointEvidence;
    private readonly ForgettingClock _clock = new();
    private readonly double _peakDecayPerTick;

    /// <summary>Sensor health with flatline and dropout checks pushed out of reach: only the range check remains.</summary>
    private static readonly SensorHealthOptions RangeCheckOnly = new() { MinimumFlatRun = 100_000, DropoutIntervals = 100_000 };

    public EnsembleDetector(EnsembleOptions? options = null, PlausibleRange? range = null)
    {
        options ??= new EnsembleOptions();
        options.Validate();
        _peakDecayPerTick = Math.Log(0.5) / options.PeakHalfLife.Ticks;
        if (options.PatternNovelty is { } novelty)
        {
            _novelty = new PatternNoveltyDetector(novelty);
            if (options.NoveltyEchoMultiple > 0)
            {
                _noveltyEcho = new RecentPeakNormaliser(options.NoveltyEchoMultiple, 0);
                _noveltyEchoDecay = options.NoveltyEchoDecay;
            }
        }

        if (options.IidSpike is { } spike)
        {
            _spike = new IidSpikeDetector(spike);
            _spikeEvidence = new ComponentEvidence(options);
        }

        if (options.Seasonal is { } seasonal)
        {
            _seasonal = new SeasonalBaselineDetector(seasonal);
            _seasonalEvidence = new ComponentEvidence(options);
        }

        if (options.SpectralResidual is { } spectral)
        {
            _spectral = new SpectralResidualDetector(spectral);
            _spectralEvidence = new ComponentEvidence(options);
        }

        if (options.ChangePoint is { } changePoint)
        {
            _changePoint = new IidChangePointDetector(changePoint);
            _changePointEvidence = new ComponentEvidence(options);
        }

        if (options.SensorHealth is { } health)
        {
            _health = new SensorHealthDetector(health, range);
        }
        else if (range is not null)
        {
            _health = new SensorHealthDetector(RangeCheckOnly, range);
        }
    }

    public DetectionResult Observe(DateTime timestamp, double value)
    {
        var best = DetectionResult.Quiet;
        var peakDecay = Math.Exp(_clock.Advance(timestamp).Ticks * _peakDecayPerTick);
        if (_health is not null)
        {
            var verdict = _health.Observe(timestamp, value);
            if (verdict.Score >= 1)
            {
                // An impossible reading would poison every model's history: report it and keep it out.
                return verdict;
            }

            best = verdict;
        }

        if (_novelty is not null)
        {
            var verdict = _novelty.Observe(timestamp, value);
            if (_noveltyEcho is not null)
            {
                // A new pattern is news once: while it is being learnt, its echoes must outdo the recent peak.
                verdict = verdict with { Score = Math.Min(verdict.Score, _noveltyEcho.Normalise(_novelty.LastDistance, _noveltyEchoDecay)) };
            }

            best = Stronger(best, verdict);
        }

        if (_spike is not null)
        {
            var verdict = _spike.Observe(timestamp, value);
            best = Stronger(best, verdict with { Score = _spikeEvidence!.Score(Surprise.FromPValue(_spike.LastPValue), peakDecay) });
        }

        if (_seasonal is not null)
        {
            var verdict = _seasonal.Observe(timestamp, value);
            best = Stronger(best, verdict with { Score = _seasonalEvidence!.Score(_seasonal.LastSurprise, peakDecay) });
        }

        if (_spectral is not null)
        {
            var verdict = _spectral.Observe(timestamp, value);
            best = Stronger(best, verdict with { Score = _spectralEvidence!.Score(_spectral.LastSurprise, peakDecay) });
        }

        if (_changePoint is not null)
        {
            var verdict = _changePoint.Observe(timestamp, value);
            best = Stronger(best, verdict with { Score = _changePointEvidence!.Score(_changePoint.LastSurprise, peakDecay) });
        }

        return best;
    }

    private static DetectionResult Stronger(DetectionResult current, DetectionResult candidate) =>
        candidate.Score > current.Score || (current.Why is null && candidate.Why is not null && candidate.Score >= current.Score) ? candidate : current;
}
