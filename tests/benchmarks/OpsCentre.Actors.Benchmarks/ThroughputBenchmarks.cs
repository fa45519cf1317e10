using BenchmarkDotNet.Attributes;

namespace OpsCentre.Actors.Benchmarks;

/// <summary>
/// In-process message throughput: <see cref="Senders"/> senders, each telling its own actor (default 1024-message
/// mailbox, trivial handler) <see cref="TotalMessages"/> / <see cref="Senders"/> messages, one at a time
/// (<see cref="BatchSize"/> 1: <c>TellAsync</c>) or in batches (<c>TellManyAsync</c>). One operation = one message
/// sent and processed; the round ends when every actor has processed all of its messages.
/// </summary>
[Config(typeof(ShortRunWithRateConfig))]
public class ThroughputBenchmarks
{
    public const int TotalMessages = 4_000_000;

    private readonly RoundCompletion round = new();
    private ActorSystem system = null!;
    private ActorRef<long>[] actors = [];
    private long[] batch = [];

    [Params(1, 2, 4)]
    public int Senders { get; set; }

    [Params(1, 64)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Start()
    {
        system = new ActorSystem();
        actors = [.. Enumerable.Range(0, Senders).Select(i =>
            system.Spawn($"counter-{i}", new ActorProps<long>(() => new CountingActor(round))))];
        batch = [.. Enumerable.Range(0, BatchSize).Select(i => (long)i)];
    }

    [GlobalCleanup]
    public void Stop() => system.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = TotalMessages)]
    public async Task TellAndProcess()
    {
        var perSender = TotalMessages / Senders;
        round.Reset(Senders, perSender);
        var senders = new Task[Senders];
        for (var i = 0; i < Senders; i++)
        {
            var actor = actors[i];
            senders[i] = BatchSize == 1
                ? Task.Run(() => SendOneByOneAsync(actor, perSender))
                : Task.Run(() => SendInBatchesAsync(actor, perSender));
        }

        await Task.WhenAll(senders);
        await round.AllArrived;
    }

    private static async Task SendOneByOneAsync(ActorRef<long> actor, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await actor.TellAsync(i);
        }
    }

    private async Task SendInBatchesAsync(ActorRef<long> actor, int count)
    {
        for (var sent = 0; sent < count; sent += batch.Length)
        {
            await actor.TellManyAsync(batch.AsMemory(0, Math.Min(batch.Length, count - sent)));
        }
    }
}
