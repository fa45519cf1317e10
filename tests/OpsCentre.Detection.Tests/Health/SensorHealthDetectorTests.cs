using OpsCentre.Detection.Health;
using OpsCentre.Detection.Tests.Signals;

namespace OpsCentre.Detection.Tests.Health;

public class SensorHealthDetectorTests
{
    [Fact]
    public void Flatline_in_a_varying_signal_is_flagged()
    {
        var results = Signal.Noise(600, seed: 15).WithFlatline(400, 30).ResultsFrom(new SensorHealthDetector());

        // The run starts with reading 399, whose value the flatline repeats: six equal readings end at 404.
        var first = results.Select(r => r.Score).ToArray().FirstAtOrAbove(0.5, from: 1);
        Assert.Equal(404, first);
        Assert.Equal(AnomalyKind.Flatline, results[first].Why!.Value.Kind);
        Assert.True(results[first].Why!.Value.Readings >= 6);
    }

    [Fact]
    public void Clean_varying_signal_is_left_quiet()
    {
        var scores = Signal.Noise(3000, seed: 16).ScoresFrom(new SensorHealthDetector());

        Assert.All(scores, s => Assert.Equal(0, s));
    }

    [Fact]
    public void A_stream_that_often_repeats_needs_a_much_longer_run()
    {
        // An on/off signal repeats most of the time: ten equal readings are routine, not a fault.
        var random = new Random(17);
        var detector = new SensorHealthDetector();
        var time = Signal.Start;
        var max = 0.0;
        for (var i = 0; i < 3000; i++)
        {
            var value = random.NextDouble() < 0.1 ? 1 - (i % 2) : (i / 10 % 2);
            max = Math.Max(max, detector.Observe(time + i * Signal.Interval, value).Score);
        }

        Assert.True(max < 0.5, $"max {max:0.000}");
    }

    [Fact]
    public void Dropout_of_many_intervals_is_flagged_with_the_missed_count()
    {
        var detector = new SensorHealthDetector(new SensorHealthOptions { DropoutIntervals = 5 });
        var signal = Signal.Noise(100, seed: 18);
        for (var i = 0; i < 50; i++)
        {
            detector.Observe(signal.Times[i], signal.Values[i]);
        }

        var afterGap = detector.Observe(signal.Times[49] + 12 * Signal.Interval, 50);

        Assert.True(afterGap.Score >= 0.5, $"score {afterGap.Score:0.000}");
        Assert.Equal(AnomalyKind.Dropout, afterGap.Why!.Value.Kind);
        Assert.Equal(11, afterGap.Why!.Value.Readings);
    }

    [Fact]
    public void Silence_is_reported_between_readings()
    {
        var detector = new SensorHealthDetector();
        var signal = Signal.Noise(50, seed: 19);
        for (var i = 0; i < signal.Length; i++)
        {
            detector.Observe(signal.Times[i], signal.Values[i]);
        }

        Assert.Equal(0, detector.CheckForDropout(signal.Times[^1] + 2 * Signal.Interval).Score);
        var silent = detector.CheckForDropout(signal.Times[^1] + 20 * Signal.Interval);
        Assert.True(silent.Score >= 0.5);
        Assert.Equal(AnomalyKind.Dropout, silent.Why!.Value.Kind);
    }

    [Fact]
    public void Impossible_value_scores_one_and_names_the_limit()
    {
        var detector = new SensorHealthDetector(range: new PlausibleRange(0, 100));

        var result = detector.Observe(Signal.Start, 140);

        Assert.Equal(1, result.Score);
        Assert.Equal(AnomalyKind.ImpossibleValue, result.Why!.Value.Kind);
        Assert.Equal(100, result.Why!.Value.Expected);
        Assert.Contains("outside the plausible range", result.Why!.Value.Text);
    }

    [Fact]
    public void An_inverted_range_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new SensorHealthDetector(range: new PlausibleRange(10, 0)));
    }
}
