using OpsCentre.Assets.Detection;
using OpsCentre.Detection;

namespace OpsCentre.Assets.Tests.Support;

/// <summary>Small real detectors whose verdicts a test can predict, instead of the statistical ensemble.</summary>
internal static class Detectors
{
    /// <summary>Scores 1 above <paramref name="limit"/>, 0 otherwise.</summary>
    public static SignalDetectorFactory Threshold(double limit) => (_, _) => new ThresholdDetector(limit);

    /// <summary>As <see cref="Threshold"/>, but throws on <paramref name="poison"/>, as a detector with a bug would.
    /// Every threshold detector it builds is added to <paramref name="built"/>, if given.</summary>
    public static SignalDetectorFactory PoisonedBy(double poison, double limit = 1_000, List<ThresholdDetector>? built = null) => (_, _) =>
    {
        var threshold = new ThresholdDetector(limit);
        built?.Add(threshold);
        return new PoisonableDetector(poison, threshold);
    };

    public sealed class ThresholdDetector(double limit) : IStreamDetector
    {
        /// <summary>Every value this instance was shown, replayed history included.</summary>
        public List<double> Seen { get; } = [];

        public DetectionResult Observe(DateTime timestamp, double value)
        {
            Seen.Add(value);
            return value > limit
                ? new DetectionResult(1, new Explanation(DetectorComponent.IidSpike, AnomalyKind.Spike, limit, value))
                : DetectionResult.Quiet;
        }
    }

    public sealed class PoisonableDetector(double poison, ThresholdDetector threshold) : IStreamDetector
    {
        public DetectionResult Observe(DateTime timestamp, double value) =>
            value == poison ? throw new InvalidOperationException($"detector cannot handle {value}") : threshold.Observe(timestamp, value);
    }
}
