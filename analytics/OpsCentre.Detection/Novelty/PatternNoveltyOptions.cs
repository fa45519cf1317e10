namespace OpsCentre.Detection.Novelty;

/// <summary>Pattern novelty settings: the shape of the pattern, the memory of known patterns and its vigilance.</summary>
public sealed record PatternNoveltyOptions
{
    /// <summary>
    /// Trailing means that describe the recent pattern, in readings (1 = the reading itself); 1..8 of them,
    /// each 1..256. Default 1, 8, 32: the reading, its recent level and its slower context.
    /// </summary>
    public IReadOnlyList<int> Scales { get; init; } = [1, 8, 32];

    /// <summary>Known patterns remembered; the least recently matched is forgotten first; 8..1024. Default 256.</summary>
    public int Prototypes { get; init; } = 256;

    /// <summary>
    /// Distance to the nearest known pattern, as a fraction of the stream's observed range, beyond which a pattern
    /// is new (and learnt); 0.001..0.5. Default 0.05.
    /// </summary>
    public double Vigilance { get; init; } = 0.05;

    /// <summary>How far a matched prototype moves towards the pattern it matched; 0..1. Default 0.05.</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>Novelty distance (fraction of range) at which the score is 0.5; 0.001..1. Default 0.1.</summary>
    public double HalfScoreDistance { get; init; } = 0.1;

    /// <summary>Readings seen before any score is given, while range and memory form; 0..100000. Default 200.</summary>
    public int WarmUp { get; init; } = 200;

    public void Validate()
    {
        const string owner = nameof(PatternNoveltyOptions);
        OptionChecks.InRange(Scales.Count, 1, 8, owner, $"{nameof(Scales)}.Count");
        foreach (var scale in Scales)
        {
            OptionChecks.InRange(scale, 1, 256, owner, nameof(Scales));
        }

        OptionChecks.InRange(Prototypes, 8, 1024, owner, nameof(Prototypes));
        OptionChecks.InRange(Vigilance, 0.001, 0.5, owner, nameof(Vigilance));
        OptionChecks.InRange(LearningRate, 0, 1, owner, nameof(LearningRate));
        OptionChecks.InRange(HalfScoreDistance, 0.001, 1, owner, nameof(HalfScoreDistance));
        OptionChecks.InRange(WarmUp, 0, 100_000, owner, nameof(WarmUp));
    }
}
