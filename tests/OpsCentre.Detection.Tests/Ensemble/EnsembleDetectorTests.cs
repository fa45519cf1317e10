using OpsCentre.Detection.Ensemble;
using OpsCentre.Detection.Health;
using OpsCentre.Detection.Tests.Signals;

namespace OpsCentre.Detection.Tests.Ensemble;

public class EnsembleDetectorTests
{
    private const int Day = Signal.PerDay;

    [Fact]
    public void Spike_in_a_daily_cycle_is_flagged_at_the_spike()
    {
        var results = Signal.Daily(8 * Day, seed: 30).WithSpike(6 * Day + 50, 40).ResultsFrom(new EnsembleDetector());

        Assert.True(results[6 * Day + 50].Score >= 0.5, $"score {results[6 * Day + 50].Score:0.000}");
        Assert.NotNull(results[6 * Day + 50].Why);
    }

    [Fact]
    public void Level_shift_is_flagged_when_it_happens()
    {
        var scores = Signal.Daily(8 * Day, seed: 31).WithLevelShift(6 * Day, 35).ScoresFrom(new EnsembleDetector());

        Assert.InRange(scores.FirstAtOrAbove(0.5, from: 6 * Day - 100), 6 * Day, 6 * Day + 5);
    }

    [Fact]
    public void Seasonality_change_is_flagged_within_two_hours()
    {
        var scores = Signal.Daily(10 * Day, seed: 32).WithInvertedSeason(8 * Day).ScoresFrom(new EnsembleDetector());

        Assert.InRange(scores.FirstAtOrAbove(0.5, from: 8 * Day - 100), 8 * Day, 8 * Day + 24);
    }

    /// <summary>
    /// Like NAB's probationary period: pattern novelty needs a couple of days to learn a stream's range, and until
    /// then every new extreme is news.
    /// </summary>
    private const int Learning = 2 * Day;

    [Theory]
    [InlineData(33)]
    [InlineData(12)]
    public void Clean_daily_cycle_is_left_quiet(int seed)
    {
        var scores = Signal.Daily(10 * Day, seed).ScoresFrom(new EnsembleDetector());

        Assert.True(scores[Learning..].Max() < 0.5, $"max {scores[Learning..].Max():0.000}");
    }

    [Theory]
    [InlineData(34)]
    [InlineData(6)]
    public void Clean_noise_is_left_quiet(int seed)
    {
        var scores = Signal.Noise(5000, seed).ScoresFrom(new EnsembleDetector());

        Assert.True(scores[Learning..].Max() < 0.5, $"max {scores[Learning..].Max():0.000}");
    }

    /// <summary>
    /// A huge spike on day 10 (every component is scoring by then, even at 30-minute sampling) sets a high bar; a
    /// clear but much smaller spike a month later should pass it once the memory of the first has faded. The memory
    /// fades in time, so a stream that reports every 30 minutes (six times fewer readings in that month) must reach
    /// the same verdict as one that reports every 5 minutes.
    /// </summary>
    [Theory]
    [InlineData(5)]
    [InlineData(30)]
    public void A_past_event_fades_in_time_whatever_the_sampling_interval(int minutes)
    {
        var perDay = 1440 / minutes;
        var stream = Signal.Noise(45 * perDay, seed: 39).SampledEvery(TimeSpan.FromMinutes(minutes))
            .WithSpike(10 * perDay, HugeSpike)
            .WithSpike(40 * perDay, ClearSpike);

        var score = stream.ScoresFrom(new EnsembleDetector())[40 * perDay];

        Assert.True(score >= 0.5, $"score {score:0.000}");
    }

    /// <summary>The same two spikes, but most of the month between them is a gap in the data, not observed quiet.</summary>
    [Fact]
    public void A_gap_in_the_data_does_not_count_as_time_to_forget()
    {
        const int perDay = Signal.PerDay;
        var stream = Signal.Noise(15 * perDay, seed: 39)
            .WithSpike(10 * perDay, HugeSpike)
            .WithGap(12 * perDay, TimeSpan.FromDays(28))
            .WithSpike(13 * perDay, ClearSpike);

        var score = stream.ScoresFrom(new EnsembleDetector())[13 * perDay];

        Assert.True(score < 0.5, $"score {score:0.000}");
    }

    /// <summary>Five hundred standard deviations: it sets the stream's range and every component's recent peak.</summary>
    private const double HugeSpike = 1000;

    /// <summary>Clear in itself (25 standard deviations) but small beside the huge spike.</summary>
    private const double ClearSpike = 50;

    [Fact]
    public void Flatline_is_flagged_when_sensor_health_is_on()
    {
        var options = new EnsembleOptions { SensorHealth = new SensorHealthOptions() };

        var results = Signal.Noise(2000, seed: 35).WithFlatline(1500, 40).ResultsFrom(new EnsembleDetector(options));

        var first = results.Select(r => r.Score).ToArray().FirstAtOrAbove(0.5, from: 1400);
        Assert.InRange(first, 1500, 1510);
        Assert.Equal(AnomalyKind.Flatline, results[first].Why!.Value.Kind);
    }

    [Fact]
    public void Impossible_value_is_a_sensor_fault_and_kept_out_of_the_models()
    {
        var detector = new EnsembleDetector(range: new PlausibleRange(0, 100));
        var signal = Signal.Noise(1000, seed: 36);
        for (var i = 0; i < 900; i++)
        {
            detector.Observe(signal.Times[i], signal.Values[i]);
        }

        var fault = detector.Observe(signal.Times[900], -500);
        var next = detector.Observe(signal.Times[901], signal.Values[901]);

        Assert.Equal(1, fault.Score);
        Assert.Equal(DetectorComponent.SensorHealth, fault.Why!.Value.Component);
        Assert.True(next.Score < 0.5, $"the reading after the fault scored {next.Score:0.000}");
    }

    [Fact]
    public void The_anomaly_likelihood_variant_also_flags_a_level_shift()
    {
        var options = new EnsembleOptions { Normalisation = EvidenceNormalisation.AnomalyLikelihood };

        var scores = Signal.Daily(8 * Day, seed: 37).WithLevelShift(6 * Day, 35).ScoresFrom(new EnsembleDetector(options));

        Assert.InRange(scores.FirstAtOrAbove(0.5, from: 6 * Day - 100), 6 * Day, 6 * Day + 10);
    }

    [Fact]
    public void Switching_every_component_off_is_rejected()
    {
        var options = new EnsembleOptions { PatternNovelty = null, IidSpike = null, Seasonal = null, SpectralResidual = null };

        var error = Assert.Throws<ArgumentException>(() => new EnsembleDetector(options));

        Assert.Contains("at least one", error.Message);
    }

    [Fact]
    public void A_peak_half_life_outside_its_range_is_rejected()
    {
        var options = new EnsembleOptions { PeakHalfLife = TimeSpan.FromMinutes(5) };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EnsembleDetector(options));

        Assert.Contains("PeakHalfLife", error.Message);
    }

    [Fact]
    public void Observing_allocates_nothing_once_warm()
    {
        var detector = new EnsembleDetector(new EnsembleOptions { SpectralResidual = new(), ChangePoint = new(), SensorHealth = new() });
        var signal = Signal.Daily(6 * Day, seed: 38);
        for (var i = 0; i < 5 * Day; i++)
        {
            detector.Observe(signal.Times[i], signal.Values[i]);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 5 * Day; i < 6 * Day; i++)
        {
            detector.Observe(signal.Times[i], signal.Values[i]);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
