using OpsCentre.Assets.Snapshots;

namespace OpsCentre.Assets.Hosting;

/// <summary>Asks the partition's ledger for one asset's full state, as of after every reading sent before.</summary>
internal sealed class AssetDescription(string assetId) : IShardRequest
{
    public string AssetId { get; } = assetId;

    public ShardRequest<AssetSnapshot?> Reply { get; } = new();

    public void Fail(Exception reason) => Reply.Fail(reason);
}
