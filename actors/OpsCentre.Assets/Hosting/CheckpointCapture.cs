using OpsCentre.Assets.Persistence;

namespace OpsCentre.Assets.Hosting;

/// <summary>What a checkpoint must make durable: every asset that changed since the last one, and the delivery
/// generation it closes (anomalies published up to here belong to it).</summary>
internal sealed record CheckpointCapture(IReadOnlyList<AssetStateRecord> Assets, long Generation);
