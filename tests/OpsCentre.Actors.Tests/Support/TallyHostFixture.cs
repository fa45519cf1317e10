using System.Collections.Concurrent;
using OpsCentre.Actors.DeadLetters;
using OpsCentre.Actors.Entities;
using OpsCentre.Actors.Persistence;
using OpsCentre.Actors.Supervision;

namespace OpsCentre.Actors.Tests.Support;

/// <summary>
/// A system with a manual clock hosting <see cref="TallyEntity"/>s, plus everything a test inspects: the store, the
/// entities' hook journal, dead letters and unhandled failures. Keys starting "p1" go to shard 1, others to shard 0.
/// </summary>
public sealed class TallyHostFixture : IAsyncDisposable
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan ScanInterval = TimeSpan.FromMinutes(1);

    public TallyHostFixture(
        SupervisorStrategy? entitySupervisor = null, IEntityStateStore<TallyState>? storeOverride = null)
    {
        System = TestSystems.Create(DeadLetters, Clock);
        System.UnhandledFailures.Subscribe(Unhandled);
        var kind = new EntityKind<TallyState, ITallyMessage>(
            "tallies", context => new TallyEntity(context, Journal), _ => TallyState.Empty, storeOverride ?? Store);
        Host = EntityHost<TallyState, ITallyMessage>.Start(System, kind, new EntityHostOptions
        {
            ShardCount = 2,
            IdleTimeout = IdleTimeout,
            PassivationScanInterval = ScanInterval,
            EntitySupervisor = entitySupervisor ?? SupervisorStrategy.Default,
            ShardSelector = key => key.StartsWith("p1", StringComparison.Ordinal) ? 1 : 0,
        });
    }

    public ManualClock Clock { get; } = new();

    public InMemoryEntityStateStore<TallyState> Store { get; } = new();

    public ConcurrentQueue<string> Journal { get; } = new();

    public InMemoryDeadLetterSink DeadLetters { get; } = new();

    public SignalRecorder<ActorFailure> Unhandled { get; } = new();

    public ActorSystem System { get; }

    public EntityHost<TallyState, ITallyMessage> Host { get; }

    public async Task<IReadOnlyList<int>> ReadAsync(string key)
    {
        var reply = new TaskCompletionSource<IReadOnlyList<int>>(TaskCreationOptions.RunContinuationsAsynchronously);
        await Host.TellAsync(key, new ReadTally(reply));
        return await reply.Task.Within();
    }

    public async Task AppendAsync(string key, params int[] values)
    {
        foreach (var value in values)
        {
            await Host.TellAsync(key, new Append(value));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await System.DisposeAsync();
    }
}
