namespace OpsCentre.Assets.Benchmarks;

internal static class Heap
{
    /// <summary>Managed bytes still reachable after a full, compacting collection.</summary>
    public static long LiveBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
