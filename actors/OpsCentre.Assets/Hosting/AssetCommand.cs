using Confluent.Kafka;
using OpsCentre.Contracts.Readings;

namespace OpsCentre.Assets.Hosting;

/// <summary>
/// What an asset's shard delivers to an asset (a reading, with the record it came from) or to the partition's ledger
/// (a request). A struct, so routing a reading through the shard's mailbox allocates nothing.
/// </summary>
internal readonly record struct AssetCommand(CityEvent? Reading, ConsumeResult<string, byte[]>? Source, IShardRequest? Request)
{
    public static AssetCommand Observe(CityEvent reading, ConsumeResult<string, byte[]> source) => new(reading, source, null);

    public static AssetCommand Ask(IShardRequest request) => new(null, null, request);
}
