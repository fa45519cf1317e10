using OpsCentre.Detection.Spectral;
using OpsCentre.Detection.Tests.Signals;

namespace OpsCentre.Detection.Tests.Spectral;

public class SpectralResidualDetectorTests
{
    [Fact]
    public void Spike_in_noise_is_flagged_at_the_spike()
    {
        var scores = Signal.Noise(800, seed: 1).WithSpike(500, 30).ScoresFrom(new SpectralResidualDetector());

        Assert.True(scores[500] >= 0.5, $"score at the spike was {scores[500]:0.000}");
        Assert.Equal(scores[450..550].Max(), scores[500]);
    }

    [Fact]
    public void Clean_noise_stays_below_the_spike_level()
    {
        var clean = Signal.Noise(800, seed: 2).ScoresFrom(new SpectralResidualDetector());
        var spiked = Signal.Noise(800, seed: 2).WithSpike(500, 30).ScoresFrom(new SpectralResidualDetector());

        Assert.True(clean.Max() < spiked[500], $"clean max {clean.Max():0.000} vs spike {spiked[500]:0.000}");
        // Saliency on white noise is itself noisy: a few points in a hundred pass the half score.
        Assert.True(clean.Count(s => s >= 0.5) <= 16, $"{clean.Count(s => s >= 0.5)} clean points scored 0.5 or more");
    }

    [Fact]
    public void Both_fourier_engines_give_the_same_scores()
    {
        var signal = Signal.Daily(1500, seed: 4).WithSpike(900, 25).WithLevelShift(1200, 10);

        var reference = signal.ScoresFrom(new SpectralResidualDetector(new SpectralResidualOptions { Engine = FourierEngine.MathNet }));
        var fast = signal.ScoresFrom(new SpectralResidualDetector(new SpectralResidualOptions { Engine = FourierEngine.CachedRadix2 }));

        for (var i = 0; i < reference.Length; i++)
        {
            Assert.Equal(reference[i], fast[i], 1e-9);
        }
    }

    [Fact]
    public void A_constant_stretch_is_not_salient()
    {
        // Only the DC bin carries energy; rounding noise in the others must not be normalised into saliency.
        var detector = new SpectralResidualDetector();

        var scores = Enumerable.Range(0, 300).Select(i => detector.Observe(Signal.Start.AddMinutes(5 * i), 0.07).Score).ToArray();

        Assert.All(scores, s => Assert.Equal(0, s));
    }

    [Fact]
    public void The_cached_engine_needs_a_power_of_two_length()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new SpectralResidualDetector(new SpectralResidualOptions { WindowSize = 60, Engine = FourierEngine.CachedRadix2 }));

        Assert.Contains("power of two", error.Message);
    }

    [Fact]
    public void Nothing_is_scored_before_the_window_is_full()
    {
        var detector = new SpectralResidualDetector(new SpectralResidualOptions { WindowSize = 59 });

        var scores = Signal.Noise(58, seed: 3).WithSpike(40, 100).ScoresFrom(detector);

        Assert.All(scores, s => Assert.Equal(0, s));
    }

    [Fact]
    public void The_explanation_expects_the_extrapolated_trend()
    {
        var detector = new SpectralResidualDetector();
        var time = Signal.Start;
        DetectionResult last = default;
        for (var i = 0; i < 100; i++)
        {
            last = detector.Observe(time.AddMinutes(5 * i), i);
        }

        // On a straight line the paper's extrapolation predicts the next point exactly.
        Assert.Equal(99, last.Why!.Value.Expected, 9);
        Assert.Equal(DetectorComponent.SpectralResidual, last.Why!.Value.Component);
    }

    [Theory]
    [InlineData(8, 5, 3, 21)]
    [InlineData(64, 0, 3, 21)]
    [InlineData(64, 5, 0, 21)]
    [InlineData(20, 5, 3, 21)]
    public void Invalid_options_are_rejected_with_the_option_named(int window, int tail, int spectrumAverage, int saliencyAverage)
    {
        var options = new SpectralResidualOptions { WindowSize = window, TailLength = tail, SpectrumAverage = spectrumAverage, SaliencyAverage = saliencyAverage };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SpectralResidualDetector(options));

        Assert.Contains(nameof(SpectralResidualOptions), error.Message);
    }
}
