namespace OpsCentre.Assets.Hosting;

/// <summary>A question put to a shard's loop; failed rather than forgotten if it can never be answered.</summary>
internal interface IShardRequest
{
    void Fail(Exception reason);
}
