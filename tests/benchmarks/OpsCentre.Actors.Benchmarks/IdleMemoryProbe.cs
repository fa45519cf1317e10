using System.Diagnostics;

namespace OpsCentre.Actors.Benchmarks;

/// <summary>
/// Retained memory per idle entity, measured as the growth of the live heap after a full collection, for 100,000
/// asset entities hosted by shards, against 100,000 actors with a mailbox and loop each (the design not taken).
/// BenchmarkDotNet measures allocation, not what stays alive, hence a probe of its own.
/// </summary>
public static class IdleMemoryProbe
{
    private const int Count = 100_000;

    public static async Task RunAsync()
    {
        Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
        var keys = AssetHosting.Keys(Count);

        await using (var system = new ActorSystem())
        {
            var round = new RoundCompletion();
            var host = AssetHosting.Start(system, round, shards: 4);
            var before = LiveHeapBytes();
            var clock = Stopwatch.StartNew();
            await AssetHosting.SendOneReadingEachAsync(host, round, keys);
            clock.Stop();
            var after = LiveHeapBytes();
            Report("idle entity (shard-hosted, state included)", before, after, clock.Elapsed);
            GC.KeepAlive(host);
        }

        await using (var system = new ActorSystem())
        {
            var round = new RoundCompletion();
            round.Reset(Count, target: 1);
            var before = LiveHeapBytes();
            var clock = Stopwatch.StartNew();
            var actors = new ActorRef<long>[Count];
            for (var i = 0; i < Count; i++)
            {
                actors[i] = system.Spawn(keys[i], new ActorProps<long>(() => new CountingActor(round)));
                await actors[i].TellAsync(1);
            }

            await round.AllArrived;
            clock.Stop();
            var after = LiveHeapBytes();
            Report("idle actor (own mailbox and loop)", before, after, clock.Elapsed);
            GC.KeepAlive(actors);
        }
    }

    private static void Report(string what, long before, long after, TimeSpan elapsed) =>
        Console.WriteLine(
            $"{Count:N0} x {what}: {(after - before) / (double)Count:N0} bytes each, " +
            $"{(after - before) / 1024.0 / 1024.0:N1} MiB in all; created in {elapsed.TotalMilliseconds:N0} ms " +
            $"({Count / elapsed.TotalSeconds:N0}/s)");

    private static long LiveHeapBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
