using OpsCentre.Assets.Snapshots;
using OpsCentre.Assets.State;
using OpsCentre.Assets.Tests.Support;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Operations;
using OpsCentre.Contracts.Readings;
using static OpsCentre.Assets.Tests.Support.Readings;

namespace OpsCentre.Assets.Tests.Snapshots;

public sealed class AssetSnapshotCodecTests
{
    private readonly List<Anomaly> _raised = [];
    private readonly SnapshotWriter _writer = new();

    [Fact]
    public void Restoring_a_snapshot_gives_back_exactly_the_state_that_was_encoded()
    {
        var camera = new AssetEntity(TestAssets.Camera, 4, Models.Threshold());
        for (var minute = 0; minute < 30; minute++)
        {
            camera.Observe(Camera("cam-1", minute, cars: minute % 7, minute == 20 ? CameraEventKind.StoppedVehicle : CameraEventKind.None), CityTopics.Cctv, 1_000 + minute, _raised);
        }

        camera.Remember(Assert.Single(_raised), generation: 2);
        camera.CheckHealth(Start.AddHours(2));
        var encoded = AssetSnapshotCodec.Encode(camera, _writer);

        var restored = AssetEntity.Restore(AssetSnapshotCodec.Decode(encoded), TestAssets.Camera, Models.Threshold(), unconfirmedGeneration: 1);

        Assert.Equal(encoded, AssetSnapshotCodec.Encode(restored, _writer));
        Assert.Equal((AssetStatus.Offline, 30L, 4), (restored.Status, restored.Observations, restored.Partition));
        Assert.True(restored.HasApplied(CityTopics.Cctv, 1_029));
        Assert.Equal(CameraEventKind.StoppedVehicle, Assert.Single(restored.Camera!.RecentEvents).Kind);
        Assert.Equal(_raised, restored.Unconfirmed.Select(u => u.Anomaly));
    }

    [Fact]
    public void Readings_at_irregular_times_keep_their_time_to_the_second_and_their_value()
    {
        var link = new AssetEntity(TestAssets.Link, 0, Models.Threshold());
        var times = new[] { Start, Start.AddTicks(1_234_567), Start.AddSeconds(61.5), Start.AddSeconds(59), Start.AddMinutes(3) };
        for (var i = 0; i < times.Length; i++)
        {
            link.Observe(new TrafficReading("link-A1", times[i], 800 + i, 40.1 + i, 70), CityTopics.Traffic, i, _raised);
        }

        var speed = AssetSnapshotCodec.Decode(AssetSnapshotCodec.Encode(link, _writer)).Signals.Single(s => s.Name == "speedKph");

        Assert.Equal([Start, Start, Start.AddSeconds(61), Start.AddSeconds(59), Start.AddMinutes(3)], speed.Readings.Select(r => r.At));
        Assert.Equal([40.1, 41.1, 42.1, 43.1, 44.1], speed.Readings.Select(r => r.Value));
    }

    [Fact]
    public void The_summary_alone_says_who_the_asset_is_and_how_it_is()
    {
        var monitor = new AssetEntity(TestAssets.Monitor, 2, Models.Threshold());
        for (var minute = 0; minute < 5; minute++)
        {
            monitor.Observe(No2("aq-1", minute, 40), CityTopics.Sensors, minute, _raised);
        }

        var summary = AssetSnapshotCodec.ReadSummary(AssetSnapshotCodec.Encode(monitor, _writer));

        Assert.Equal(TestAssets.Monitor, summary.Descriptor);
        Assert.Equal((2, 5L, 5L, Start.AddMinutes(4)), (summary.Partition, summary.Revision, summary.Observations, summary.LastSeen));
        Assert.Equal((TimeSpan?)TimeSpan.FromMinutes(1), summary.ExpectedInterval);
        Assert.Equal(CityTopics.Sensors, summary.ReportsOn);
    }

    [Fact]
    public void A_truncated_snapshot_is_refused_rather_than_half_restored()
    {
        var monitor = new AssetEntity(TestAssets.Monitor, 0, Models.Threshold());
        monitor.Observe(No2("aq-1", 0, 40), CityTopics.Sensors, 0, _raised);
        var encoded = AssetSnapshotCodec.Encode(monitor, _writer);

        Assert.Throws<InvalidDataException>(() => AssetSnapshotCodec.Decode(encoded.AsSpan(0, encoded.Length - 3)));
    }

    [Fact]
    public void A_reading_at_a_steady_cadence_costs_little_more_than_its_value()
    {
        var monitor = new AssetEntity(TestAssets.Monitor, 0, Models.Threshold(replayReadings: 256));
        for (var minute = 0; minute < 256; minute++)
        {
            monitor.Observe(No2("aq-1", minute, 40 + minute % 5), CityTopics.Sensors, minute, _raised);
        }

        var encoded = AssetSnapshotCodec.Encode(monitor, _writer);

        // 8 bytes for the value, 1 for a one-minute delta; what is left is identity and debounce state.
        Assert.InRange(encoded.Length, 256 * 9, (256 * 9) + 200);
    }
}
