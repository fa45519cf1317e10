using OpsCentre.Detection.Novelty;
using OpsCentre.Detection.Tests.Signals;

namespace OpsCentre.Detection.Tests.Novelty;

public class PatternNoveltyDetectorTests
{
    [Fact]
    public void Level_never_seen_before_is_flagged()
    {
        var scores = Signal.Daily(6 * Signal.PerDay, seed: 20).WithLevelShift(5 * Signal.PerDay, 40).ScoresFrom(new PatternNoveltyDetector());

        var first = scores.FirstAtOrAbove(0.5, from: 2 * Signal.PerDay);
        Assert.InRange(first, 5 * Signal.PerDay, 5 * Signal.PerDay + 2);
    }

    [Fact]
    public void A_repeating_daily_cycle_is_quiet_once_learnt()
    {
        var scores = Signal.Daily(8 * Signal.PerDay, seed: 21).ScoresFrom(new PatternNoveltyDetector());

        Assert.True(scores[(2 * Signal.PerDay)..].Max() < 0.5, $"max {scores[(2 * Signal.PerDay)..].Max():0.000}");
    }

    [Fact]
    public void A_constant_stream_scores_nothing()
    {
        var detector = new PatternNoveltyDetector();

        var scores = Enumerable.Range(0, 500).Select(i => detector.Observe(Signal.Start.AddMinutes(i), 7).Score);

        Assert.All(scores, s => Assert.Equal(0, s));
    }

    [Fact]
    public void Too_many_scales_are_rejected()
    {
        var options = new PatternNoveltyOptions { Scales = [1, 2, 3, 4, 5, 6, 7, 8, 9] };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PatternNoveltyDetector(options));

        Assert.Contains("Scales", error.Message);
    }
}
