using OpsCentre.Actors.Mailboxes;

namespace OpsCentre.Actors.Entities;

/// <summary>
/// Hosts the entities of one kind on this node: routes each message to its entity's shard, which activates the
/// entity on its first message, passivates it when idle (driven by the system's <see cref="TimeProvider"/>), and
/// deactivates entities on demand, e.g. when Kafka revokes the partition a shard stands for.
/// </summary>
/// <remarks>The design choice (entities as state objects processed by their shard's loop) is explained on
/// <see cref="EntityShard{TState,TMessage}"/>.</remarks>
public sealed class EntityHost<TState, TMessage> : IAsyncDisposable
{
    private readonly ActorRef<ShardCommand<TMessage>>[] shards;
    private readonly ITimer[] passivationTimers;
    private readonly Func<string, int> shardSelector;

    private EntityHost(
        ActorRef<ShardCommand<TMessage>>[] shards, ITimer[] passivationTimers, Func<string, int> shardSelector)
    {
        this.shards = shards;
        this.passivationTimers = passivationTimers;
        this.shardSelector = shardSelector;
    }

    public int ShardCount => shards.Length;

    /// <summary>Spawns the shards of <paramref name="kind"/> in <paramref name="system"/> and starts their
    /// passivation timers.</summary>
    public static EntityHost<TState, TMessage> Start(
        ActorSystem system, EntityKind<TState, TMessage> kind, EntityHostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(kind);
        options ??= new EntityHostOptions();
        options.Validate();
        kind.Validate();

        var shards = new ActorRef<ShardCommand<TMessage>>[options.ShardCount];
        var timers = new ITimer[options.ShardCount];
        var props = new ActorProps<ShardCommand<TMessage>>(() => new EntityShard<TState, TMessage>(kind, options))
        {
            Mailbox = options.ShardMailbox,
            Supervisor = options.ShardSupervisor,
        };
        var started = 0;
        try
        {
            for (; started < shards.Length; started++)
            {
                shards[started] = system.Spawn($"{kind.Name}/shard-{started}", props);
                timers[started] = system.TimeProvider.CreateTimer(
                    static shard => RequestPassivationScan((ActorRef<ShardCommand<TMessage>>)shard!),
                    shards[started],
                    options.PassivationScanInterval,
                    options.PassivationScanInterval);
            }
        }
        catch
        {
            // E.g. a host of the same kind is already running: leave nothing half-started behind.
            for (var i = 0; i < started; i++)
            {
                timers[i].Dispose();
                _ = shards[i].StopAsync(StopMode.Drop);
            }

            throw;
        }

        var shardCount = options.ShardCount;
        return new EntityHost<TState, TMessage>(
            shards, timers, options.ShardSelector ?? (key => StableKeyHash.ShardOf(key, shardCount)));
    }

    /// <summary>The shard that owns <paramref name="key"/>.</summary>
    public int ShardOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var shard = shardSelector(key);
        if ((uint)shard >= (uint)shards.Length)
        {
            throw new InvalidOperationException(
                $"The shard selector mapped '{key}' to shard {shard}; shards are 0 to {shards.Length - 1}.");
        }

        return shard;
    }

    /// <summary>Sends to the entity without waiting; see <see cref="ActorRef{TMessage}.TryTell"/>.</summary>
    public TellResult TryTell(string key, TMessage message) =>
        shards[ShardOf(key)].TryTell(ShardCommand<TMessage>.Deliver(key, message));

    /// <summary>Sends to the entity, waiting while its shard's mailbox is full.</summary>
    public ValueTask<TellResult> TellAsync(string key, TMessage message, CancellationToken cancellationToken = default) =>
        shards[ShardOf(key)].TellAsync(ShardCommand<TMessage>.Deliver(key, message), cancellationToken);

    /// <summary>Keys of the active entities, in ordinal order, as of after every message sent before this call.</summary>
    public async Task<IReadOnlyList<string>> GetActiveKeysAsync(CancellationToken cancellationToken = default)
    {
        var perShard = await Task.WhenAll(Enumerable.Range(0, shards.Length).Select(shard =>
            AskAsync<IReadOnlyList<string>>(
                shard, reply => new ShardControl.ListActiveEntities(reply), [], cancellationToken))).ConfigureAwait(false);
        return [.. perShard.SelectMany(keys => keys).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Deactivates every entity of one shard once the messages already queued for it are processed, running each
    /// entity's deactivation hook (by default: flush its state). Await the report before committing the offsets of
    /// a revoked partition. Later messages activate entities afresh.
    /// </summary>
    public Task<DeactivationReport> DeactivateShardAsync(int shard, CancellationToken cancellationToken = default)
    {
        if ((uint)shard >= (uint)shards.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(shard), shard, $"Shards are 0 to {shards.Length - 1}.");
        }

        return DeactivateAsync(shard, DeactivationReason.Requested, cancellationToken);
    }

    /// <summary>Deactivates the entities of every shard; see <see cref="DeactivateShardAsync"/>.</summary>
    public Task<DeactivationReport> DeactivateAllAsync(CancellationToken cancellationToken = default) =>
        DeactivateEverywhereAsync(DeactivationReason.Requested, cancellationToken);

    /// <summary>Stops passivation, deactivates (flushes) every entity, then stops the shards.</summary>
    public async Task<DeactivationReport> StopAsync(CancellationToken cancellationToken = default)
    {
        foreach (var timer in passivationTimers)
        {
            await timer.DisposeAsync().ConfigureAwait(false);
        }

        var report = await DeactivateEverywhereAsync(DeactivationReason.HostStopping, cancellationToken)
            .ConfigureAwait(false);
        await Task.WhenAll(shards.Select(s => s.StopAsync(StopMode.Drain, cancellationToken))).ConfigureAwait(false);
        return report;
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private static void RequestPassivationScan(ActorRef<ShardCommand<TMessage>> shard) =>
        // A full mailbox skips this scan; the next tick asks again. Never a dead letter.
        shard.Mailbox.TryEnqueue(ShardCommand<TMessage>.Of(ShardControl.PassivateIdle.Instance));

    private async Task<DeactivationReport> DeactivateEverywhereAsync(
        DeactivationReason reason, CancellationToken cancellationToken)
    {
        var reports = await Task.WhenAll(
            Enumerable.Range(0, shards.Length).Select(shard => DeactivateAsync(shard, reason, cancellationToken)))
            .ConfigureAwait(false);
        return DeactivationReport.Combine(reports);
    }

    private Task<DeactivationReport> DeactivateAsync(
        int shard, DeactivationReason reason, CancellationToken cancellationToken) =>
        AskAsync(
            shard,
            done => new ShardControl.DeactivateEntities(reason, done),
            DeactivationReport.None,
            cancellationToken);

    /// <summary>
    /// Sends a control command and waits for its reply. A stopping shard answers <paramref name="whenStopped"/>
    /// once it has stopped, because its stop deactivates (flushes) its entities: returning earlier would let a
    /// caller commit offsets ahead of the flush.
    /// </summary>
    private async Task<TReply> AskAsync<TReply>(
        int shard,
        Func<TaskCompletionSource<TReply>, ShardControl> command,
        TReply whenStopped,
        CancellationToken cancellationToken)
    {
        var reply = new TaskCompletionSource<TReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var target = shards[shard];
        var sent = await target.Mailbox.EnqueueAsync(ShardCommand<TMessage>.Of(command(reply)), cancellationToken)
            .ConfigureAwait(false);
        if (sent != TellResult.Accepted)
        {
            await target.Termination.WaitAsync(cancellationToken).ConfigureAwait(false);
            return whenStopped;
        }

        await Task.WhenAny(reply.Task, target.Termination).WaitAsync(cancellationToken).ConfigureAwait(false);
        return reply.Task.IsCompletedSuccessfully ? reply.Task.Result : whenStopped;
    }
}
