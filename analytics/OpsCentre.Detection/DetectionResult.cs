namespace OpsCentre.Detection;

/// <summary>
/// The verdict on one observation: <see cref="Score"/> in [0,1] (higher is more anomalous) and why: which component
/// judged it, what it expected and what it saw. <see cref="Why"/> is null only while a detector is still learning
/// (and, for sensor health, while the sensor is healthy). Both are value types, so scoring allocates nothing.
/// </summary>
public readonly record struct DetectionResult(double Score, Explanation? Why)
{
    public static DetectionResult Quiet { get; } = new(0, null);
}
