namespace OpsCentre.Detection;

/// <summary>
/// A one-pass anomaly detector for a single stream. It keeps bounded state, sees each observation once, in arrival
/// order, and scores it immediately. Implementations are not thread-safe: one instance per stream.
/// </summary>
public interface IStreamDetector
{
    DetectionResult Observe(DateTime timestamp, double value);
}
