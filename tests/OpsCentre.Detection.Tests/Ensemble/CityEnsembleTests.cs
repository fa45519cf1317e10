using OpsCentre.Detection.Ensemble;
using OpsCentre.Detection.Tests.Signals;

namespace OpsCentre.Detection.Tests.Ensemble;

/// <summary>The city's smaller ensemble must still catch what the full one catches, and watch the sensor too.</summary>
public class CityEnsembleTests
{
    private const int Day = Signal.PerDay;

    [Fact]
    public void A_spike_in_a_daily_cycle_is_flagged_at_the_spike()
    {
        var results = Signal.Daily(8 * Day, seed: 30).WithSpike(6 * Day + 50, 40).ResultsFrom(new EnsembleDetector(CityEnsemble.Options));

        Assert.True(results[6 * Day + 50].Score >= 0.5, $"score {results[6 * Day + 50].Score:0.000}");
    }

    [Fact]
    public void A_level_shift_is_flagged_when_it_happens()
    {
        var scores = Signal.Daily(8 * Day, seed: 31).WithLevelShift(6 * Day, 35).ScoresFrom(new EnsembleDetector(CityEnsemble.Options));

        Assert.InRange(scores.FirstAtOrAbove(0.5, from: 6 * Day - 100), 6 * Day, 6 * Day + 5);
    }

    [Fact]
    public void A_clean_daily_cycle_is_left_quiet_once_learnt()
    {
        var scores = Signal.Daily(10 * Day, seed: 33).ScoresFrom(new EnsembleDetector(CityEnsemble.Options));

        Assert.True(scores[(2 * Day)..].Max() < 0.5, $"max {scores[(2 * Day)..].Max():0.000}");
    }

    [Fact]
    public void A_stuck_sensor_is_reported_as_a_flatline()
    {
        var results = Signal.Noise(2000, seed: 35).WithFlatline(1500, 40).ResultsFrom(new EnsembleDetector(CityEnsemble.Options));

        var first = results.Select(r => r.Score).ToArray().FirstAtOrAbove(0.5, from: 1400);
        Assert.InRange(first, 1500, 1510);
        Assert.Equal(AnomalyKind.Flatline, results[first].Why!.Value.Kind);
    }

    [Fact]
    public void The_catalogue_offers_it_by_name_without_the_sensor_watch_nab_would_punish()
    {
        var detector = new DetectorCatalogue().Create(CityEnsemble.Name);

        Assert.IsType<EnsembleDetector>(detector);
        Assert.Null(CityEnsemble.WithoutSensorWatch.SensorHealth);
        Assert.NotNull(CityEnsemble.Options.SensorHealth);
    }
}
