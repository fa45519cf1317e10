using BenchmarkDotNet.Attributes;
using OpsCentre.Actors.Entities;

namespace OpsCentre.Actors.Benchmarks;

/// <summary>
/// 100,000 assets, one reading each per operation round (one operation = one message):
/// <see cref="ActivateOnFirstMessage"/> against a fresh host, so every message activates its entity (state read
/// from the in-memory store, instance created, slot registered) — the activation rate;
/// <see cref="MessageActiveEntities"/> against a host where all are already active — the steady state.
/// </summary>
[Config(typeof(ShortRunWithRateConfig))]
public class EntityHostBenchmarks
{
    public const int Entities = 100_000;

    private readonly RoundCompletion round = new();
    private readonly string[] keys = AssetHosting.Keys(Entities);
    private ActorSystem system = null!;
    private EntityHost<AssetState, AssetReading> host = null!;

    [Params(1, 4)]
    public int Shards { get; set; }

    [IterationSetup(Target = nameof(ActivateOnFirstMessage))]
    public void StartEmptyHost() => StartHost();

    [IterationCleanup(Target = nameof(ActivateOnFirstMessage))]
    public void StopEmptyHost() => StopHost();

    [GlobalSetup(Target = nameof(MessageActiveEntities))]
    public void StartHostWithAllActive()
    {
        StartHost();
        AssetHosting.SendOneReadingEachAsync(host, round, keys).GetAwaiter().GetResult();
    }

    [GlobalCleanup(Target = nameof(MessageActiveEntities))]
    public void StopHostWithAllActive() => StopHost();

    [Benchmark(OperationsPerInvoke = Entities)]
    public Task ActivateOnFirstMessage() => AssetHosting.SendOneReadingEachAsync(host, round, keys);

    [Benchmark(OperationsPerInvoke = Entities)]
    public Task MessageActiveEntities() => AssetHosting.SendOneReadingEachAsync(host, round, keys);

    private void StartHost()
    {
        system = new ActorSystem();
        host = AssetHosting.Start(system, round, Shards);
    }

    private void StopHost() => system.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
