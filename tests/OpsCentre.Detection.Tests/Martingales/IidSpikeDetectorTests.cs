using OpsCentre.Detection.Martingales;
using OpsCentre.Detection.Tests.Signals;

namespace OpsCentre.Detection.Tests.Martingales;

public class IidSpikeDetectorTests
{
    [Fact]
    public void Spike_in_flat_signal_is_flagged()
    {
        var results = Signal.Noise(600, seed: 4).WithSpike(400, 20).ResultsFrom(new IidSpikeDetector());

        Assert.True(results[400].Score >= 0.5, $"score {results[400].Score:0.000}");
        Assert.Equal(AnomalyKind.Spike, results[400].Why!.Value.Kind);
        Assert.Equal(50, results[400].Why!.Value.Expected, 0);
    }

    [Fact]
    public void Dip_is_flagged_as_a_dip()
    {
        var results = Signal.Noise(600, seed: 5).WithSpike(400, -20).ResultsFrom(new IidSpikeDetector());

        Assert.True(results[400].Score >= 0.5);
        Assert.Equal(AnomalyKind.Dip, results[400].Why!.Value.Kind);
    }

    [Fact]
    public void Clean_noise_is_left_quiet()
    {
        var scores = Signal.Noise(3000, seed: 6).ScoresFrom(new IidSpikeDetector());

        Assert.True(scores[100..].Max() < 0.5, $"max {scores[100..].Max():0.000}");
    }

    [Fact]
    public void An_upper_tail_detector_ignores_dips()
    {
        var detector = new IidSpikeDetector(new IidSpikeOptions { Side = Tail.Upper });

        var scores = Signal.Noise(600, seed: 7).WithSpike(400, -20).ScoresFrom(detector);

        Assert.True(scores[400] < 0.1, $"score {scores[400]:0.000}");
    }
}
