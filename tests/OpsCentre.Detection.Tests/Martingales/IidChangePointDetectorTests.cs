using OpsCentre.Detection.Martingales;
using OpsCentre.Detection.Tests.Signals;

namespace OpsCentre.Detection.Tests.Martingales;

public class IidChangePointDetectorTests
{
    [Theory]
    [InlineData(MartingaleKind.Power)]
    [InlineData(MartingaleKind.Mixture)]
    public void Level_shift_is_flagged_within_a_few_readings(MartingaleKind kind)
    {
        var detector = new IidChangePointDetector(new IidChangePointOptions { Martingale = kind });

        var scores = Signal.Noise(800, seed: 8).WithLevelShift(500, 10).ScoresFrom(detector);

        var first = scores.FirstAtOrAbove(0.5, from: 150);
        Assert.InRange(first, 500, 510);
    }

    [Fact]
    public void A_long_quiet_stretch_does_not_delay_the_alarm()
    {
        // The CUSUM floor: 20,000 unremarkable readings bank no evidence against the change that follows.
        var longSignal = Signal.Noise(20_200, seed: 11).WithLevelShift(20_000, 15);
        var shortSignal = new Signal(longSignal.Times[19_500..], longSignal.Values[19_500..]);

        var afterLong = longSignal.ScoresFrom(new IidChangePointDetector()).FirstAtOrAbove(0.5, from: 19_500) - 20_000;
        var afterShort = shortSignal.ScoresFrom(new IidChangePointDetector()).FirstAtOrAbove(0.5, from: 150) - 500;

        Assert.Equal(afterShort, afterLong);
        Assert.InRange(afterLong, 0, 5);
    }

    [Fact]
    public void Clean_noise_is_left_quiet()
    {
        var scores = Signal.Noise(3000, seed: 9).ScoresFrom(new IidChangePointDetector());

        Assert.True(scores.Max() < 0.5, $"max {scores.Max():0.000}");
    }

    [Fact]
    public void The_change_is_confirmed_at_the_configured_confidence()
    {
        var detector = new IidChangePointDetector(new IidChangePointOptions { Confidence = 0.95 });
        var signal = Signal.Noise(700, seed: 10).WithLevelShift(500, 10);

        var changed = Enumerable.Range(0, signal.Length)
            .Select(i => (Index: i, Result: detector.Observe(signal.Times[i], signal.Values[i]), detector.IsChange))
            .First(step => step.Index >= 150 && step.IsChange);

        Assert.InRange(changed.Index, 500, 505);
        Assert.Equal(AnomalyKind.LevelShift, changed.Result.Why!.Value.Kind);
    }

    [Fact]
    public void Epsilon_outside_its_range_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new IidChangePointDetector(new IidChangePointOptions { Epsilon = 1.5 }));

        Assert.Contains("Epsilon", error.Message);
    }
}
