using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.Snapshots;
using OpsCentre.Assets.State;
using OpsCentre.Contracts.Kafka;
using OpsCentre.Contracts.Operations;

namespace OpsCentre.Assets.Tests.Support;

/// <summary>Store rows made the way a checkpoint makes them: from a real asset's snapshot.</summary>
internal static class StoredAssets
{
    /// <summary>The monitor after <paramref name="readings"/> one-minute readings (its revision is that count).</summary>
    public static AssetStateRecord Monitor(int partition, int readings)
    {
        var asset = new AssetEntity(TestAssets.Monitor, partition, Models.Threshold());
        var raised = new List<Anomaly>();
        for (var minute = 0; minute < readings; minute++)
        {
            asset.Observe(Readings.No2("aq-1", minute, 40), CityTopics.Sensors, minute, raised);
        }

        var descriptor = asset.Descriptor;
        return new AssetStateRecord(descriptor.AssetId, partition, asset.Revision, descriptor.Kind, descriptor.Name, asset.Status,
            asset.LastSeen, descriptor.Location, asset.Observations, AssetSnapshotCodec.Encode(asset, new SnapshotWriter()));
    }
}
