namespace OpsCentre.Detection.Nab;

/// <summary>A NAB cost profile (NAB config/profiles.json). tnWeight exists there but the scorer never uses it.</summary>
public sealed record NabProfile(string Name, double TpWeight, double FpWeight, double FnWeight)
{
    public static NabProfile Standard { get; } = new("standard", 1.0, 0.11, 1.0);

    public static NabProfile RewardLowFpRate { get; } = new("reward_low_FP_rate", 1.0, 0.22, 1.0);

    public static NabProfile RewardLowFnRate { get; } = new("reward_low_FN_rate", 1.0, 0.11, 2.0);

    public static IReadOnlyList<NabProfile> All { get; } = [Standard, RewardLowFpRate, RewardLowFnRate];

    /// <summary>Maps a raw corpus score to NAB's 0..100 scale: 0 is the null detector, 100 the perfect one.</summary>
    public double Normalise(double rawScore, int windowCount)
    {
        var nullScore = -FnWeight * windowCount;
        var perfectScore = TpWeight * windowCount;
        return windowCount == 0 ? 0 : 100 * (rawScore - nullScore) / (perfectScore - nullScore);
    }
}
