using OpsCentre.Assets.State;
using OpsCentre.Assets.Tests.Support;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Operations;
using static OpsCentre.Assets.Tests.Support.Readings;

namespace OpsCentre.Assets.Tests.State;

public sealed class AssetEntityTests
{
    private readonly List<Anomaly> _raised = [];

    [Fact]
    public void A_reading_is_applied_once_however_often_its_record_is_replayed()
    {
        var asset = new AssetEntity(TestAssets.Monitor, 0, Models.Threshold());

        asset.Observe(No2("aq-1", 0, 40), CityTopics.Sensors, 7, _raised);

        Assert.True(asset.HasApplied(CityTopics.Sensors, 7));
        Assert.True(asset.HasApplied(CityTopics.Sensors, 6));
        Assert.False(asset.HasApplied(CityTopics.Sensors, 8));
        Assert.False(asset.HasApplied(CityTopics.Traffic, 7));
        Assert.Equal(1, asset.Observations);
    }

    [Fact]
    public void Each_run_of_anomalous_readings_raises_one_anomaly()
    {
        var asset = new AssetEntity(TestAssets.Monitor, 0, Models.Threshold());
        double[] values = [40, 150, 160, 155, 40, 40, 40, 170];

        for (var i = 0; i < values.Length; i++)
        {
            asset.Observe(No2("aq-1", i, values[i]), CityTopics.Sensors, i, _raised);
        }

        Assert.Equal([Start.AddMinutes(1), Start.AddMinutes(7)], _raised.Select(a => a.ObservedAt));
        Assert.All(_raised, a => Assert.Equal(("aq-1", "no2", AnomalyPattern.Spike), (a.AssetId, a.Signal, a.Pattern)));
    }

    [Fact]
    public void A_detector_that_throws_leaves_the_asset_as_it_was()
    {
        var asset = new AssetEntity(TestAssets.Link, 0, Models.Threshold(Detectors.PoisonedBy(poison: 666)));
        asset.Observe(Traffic("link-A1", 0, speed: 50), CityTopics.Traffic, 1, _raised);

        Assert.Throws<InvalidOperationException>(() => asset.Observe(Traffic("link-A1", 1, speed: 50, flow: 666), CityTopics.Traffic, 2, _raised));

        Assert.Equal(1, asset.Observations);
        Assert.False(asset.HasApplied(CityTopics.Traffic, 2));
        Assert.Equal(Start, asset.LastSeen);
        Assert.All(asset.Signals.Values, track => Assert.Equal(1, track.History.Count));
    }

    [Fact]
    public void An_asset_silent_for_its_missed_intervals_goes_offline_once()
    {
        var asset = ReportingEveryMinute(minutes: 10);
        var last = Start.AddMinutes(9);

        Assert.Null(asset.CheckHealth(last.AddMinutes(4.9)));
        var offline = asset.CheckHealth(last.AddMinutes(6));

        Assert.NotNull(offline);
        Assert.Equal(AnomalyPattern.Offline, offline.Pattern);
        Assert.Equal(last.AddMinutes(5), offline.ObservedAt);
        Assert.Equal(AssetStatus.Offline, asset.Status);
        Assert.Null(asset.CheckHealth(last.AddMinutes(60)));
    }

    [Fact]
    public void The_same_silence_gives_the_same_offline_anomaly_whenever_it_is_noticed()
    {
        var early = ReportingEveryMinute(minutes: 10).CheckHealth(Start.AddMinutes(15));
        var late = ReportingEveryMinute(minutes: 10).CheckHealth(Start.AddHours(3));

        Assert.Equal(early!.AnomalyId, late!.AnomalyId);
    }

    [Fact]
    public void A_reading_brings_an_offline_asset_back_online()
    {
        var asset = ReportingEveryMinute(minutes: 10);
        asset.CheckHealth(Start.AddHours(1));

        asset.Observe(No2("aq-1", 61, 40), CityTopics.Sensors, 100, _raised);

        Assert.Equal(AssetStatus.Online, asset.Status);
    }

    [Fact]
    public void Unconfirmed_anomalies_are_kept_until_their_generation_is_confirmed()
    {
        var asset = new AssetEntity(TestAssets.Monitor, 0, Models.Threshold());
        var first = ReportingEveryMinute(1).CheckHealth(Start.AddHours(1))!;
        var second = first with { AnomalyId = "ANO-2" };
        asset.Remember(first, generation: 3);
        asset.Remember(second, generation: 4);

        asset.ForgetConfirmed(confirmedThrough: 3);

        Assert.Equal([second], asset.Unconfirmed.Select(u => u.Anomaly));
    }

    private AssetEntity ReportingEveryMinute(int minutes)
    {
        var asset = new AssetEntity(TestAssets.Monitor, 0, Models.Threshold());
        for (var minute = 0; minute < minutes; minute++)
        {
            asset.Observe(No2("aq-1", minute, 40), CityTopics.Sensors, minute, _raised);
        }

        return asset;
    }
}
