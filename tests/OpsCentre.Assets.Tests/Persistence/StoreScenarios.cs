using OpsCentre.Assets.Persistence;
using OpsCentre.Assets.Tests.Support;

namespace OpsCentre.Assets.Tests.Persistence;

/// <summary>Behaviour every <see cref="IAssetStateStore"/> engine must show, run against SQLite and PostgreSQL.</summary>
internal static class StoreScenarios
{
    public static async Task NewClaimFencesOffPreviousOwnerAsync(IAssetStateStore store)
    {
        var first = await store.ClaimPartitionAsync(3, "node-a", CancellationToken.None);
        var second = await store.ClaimPartitionAsync(3, "node-b", CancellationToken.None);
        await store.WriteAsync(3, second, [StoredAssets.Monitor(partition: 3, readings: 2)], CancellationToken.None);

        var fenced = await Assert.ThrowsAsync<PartitionFencedException>(() =>
            store.WriteAsync(3, first, [StoredAssets.Monitor(partition: 3, readings: 9)], CancellationToken.None));

        Assert.Equal((first, second), (fenced.Epoch, fenced.CurrentEpoch));
        Assert.Equal(2, (await store.ReadAsync("aq-1", CancellationToken.None))!.Revision);
    }

    public static async Task OlderRevisionNeverReplacesNewerAsync(IAssetStateStore store)
    {
        var epoch = await store.ClaimPartitionAsync(0, "node-a", CancellationToken.None);
        var newer = StoredAssets.Monitor(partition: 0, readings: 5);
        await store.WriteAsync(0, epoch, [newer], CancellationToken.None);

        await store.WriteAsync(0, epoch, [StoredAssets.Monitor(partition: 0, readings: 3)], CancellationToken.None);

        var stored = await store.ReadAsync("aq-1", CancellationToken.None);
        Assert.Equal(newer.Revision, stored!.Revision);
        Assert.Equal(newer.Snapshot, stored.Snapshot);
    }
}
