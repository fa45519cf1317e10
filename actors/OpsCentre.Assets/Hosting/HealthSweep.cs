namespace OpsCentre.Assets.Hosting;

/// <summary>Asks the partition's ledger to mark silent assets offline (sent by the shard's sweep timer).</summary>
internal sealed class HealthSweep : IShardRequest
{
    public static HealthSweep Instance { get; } = new();

    public void Fail(Exception reason)
    {
        // Nobody waits for a sweep; the next tick sends another.
    }
}
