using OpsCentre.Actors.DeadLetters;
using OpsCentre.Actors.Persistence;
using OpsCentre.Actors.Supervision;

namespace OpsCentre.Actors.Entities;

/// <summary>
/// The actor that owns the entities of one shard: it activates them on their first message, hands each its messages
/// in order, supervises their failures, passivates them when idle and deactivates them on demand.
/// </summary>
/// <remarks>
/// Why entities are state objects inside a shard's loop rather than actors with a loop each: a node holds up to
/// 100,000 active assets, and an idle actor retains about 3.4 KB (channel and its queue segment, batch buffer,
/// cancellation source, completion, registry entry), where an idle entity here retains about 270 bytes including a
/// small state record (measured by the benchmark project's memory probe: 26 MiB against 321 MiB for 100,000).
/// Per-entity loops would also buy no parallelism Kafka lets us use: a partition's records are applied in order
/// anyway, and shards map to partitions. The price is that an entity awaiting I/O holds up the other entities of
/// its shard, so entity handlers should be CPU-bound, with state written on passivation and deactivation.
/// </remarks>
internal sealed class EntityShard<TState, TMessage>(EntityKind<TState, TMessage> kind, EntityHostOptions options)
    : Actor<ShardCommand<TMessage>>
{
    private readonly Dictionary<string, EntitySlot<TState, TMessage>> active = new(StringComparer.Ordinal);
    private readonly UsageOrder<TState, TMessage> usage = new();

    /// <summary>Entities stopped by their supervisor: their messages are dead-lettered until the shard is
    /// deactivated (e.g. its partition is reassigned), which gives restart limits their teeth.</summary>
    private readonly HashSet<string> stopped = new(StringComparer.Ordinal);

    private TimeProvider Clock => Context.TimeProvider;

    protected internal override ValueTask PreStartAsync()
    {
        Context.System.Metrics.TrackEntityPopulation(Context.Name, () => active.Count);
        return ValueTask.CompletedTask;
    }

    protected internal override async ValueTask PostStopAsync()
    {
        await DeactivateAllAsync(DeactivationReason.ShardStopped).ConfigureAwait(false);
        Context.System.Metrics.StopTrackingEntityPopulation(Context.Name);
    }

    protected internal override ValueTask ReceiveAsync(ShardCommand<TMessage> command) =>
        command.Control is { } control
            ? HandleControlAsync(control)
            : DeliverAsync(command.EntityKey!, command.Message!);

    private ValueTask DeliverAsync(string key, TMessage message)
    {
        if (active.TryGetValue(key, out var slot))
        {
            slot.LastUsed = Clock.GetTimestamp();
            usage.MoveToNewest(slot);
            return HandOverAsync(slot, message);
        }

        if (stopped.Contains(key))
        {
            Context.System.PublishDeadLetter(Context.Name, key, message, DeadLetterReason.RecipientStopped, null);
            return ValueTask.CompletedTask;
        }

        return ActivateAndHandOverAsync(key, message);
    }

    private ValueTask HandOverAsync(EntitySlot<TState, TMessage> slot, TMessage message)
    {
        try
        {
            var pending = slot.Entity.ReceiveAsync(message, Context.Stopping);
            if (pending.IsCompletedSuccessfully)
            {
                pending.GetAwaiter().GetResult();
                return ValueTask.CompletedTask;
            }

            return AwaitHandOverAsync(pending, slot, message);
        }
        catch (Exception failure)
        {
            return SuperviseAsync(slot, message, failure);
        }
    }

    private async ValueTask AwaitHandOverAsync(ValueTask pending, EntitySlot<TState, TMessage> slot, TMessage message)
    {
        try
        {
            await pending.ConfigureAwait(false);
        }
        catch (Exception failure)
        {
            await SuperviseAsync(slot, message, failure).ConfigureAwait(false);
        }
    }

    private async ValueTask ActivateAndHandOverAsync(string key, TMessage message)
    {
        var (slot, failure) = await TryActivateAsync(key, restarts: null).ConfigureAwait(false);
        if (slot is not null)
        {
            await HandOverAsync(slot, message).ConfigureAwait(false);
            return;
        }

        // Not activated, so there is nothing to resume, restart or stop: dead-letter the message and try again on
        // the next one, unless the supervisor escalates this kind of failure.
        if (options.EntitySupervisor.Decide(failure!) == Directive.Escalate)
        {
            throw new EntityFailureException(key, failure!);
        }

        Context.System.PublishDeadLetter(Context.Name, key, message, DeadLetterReason.ProcessingFailed, failure);
    }

    private async ValueTask<(EntitySlot<TState, TMessage>? Slot, Exception? Failure)> TryActivateAsync(
        string key, RestartHistory? restarts)
    {
        Entity<TState, TMessage> entity;
        try
        {
            var state = new PersistentState<TState>(key, kind.Store, kind.InitialState);
            await state.ReadAsync(Context.Stopping).ConfigureAwait(false);
            entity = kind.Create(new EntityContext<TState>(key, state, Clock))
                ?? throw new InvalidOperationException($"The factory of entity kind '{kind.Name}' returned null.");
            await entity.ActivateAsync(Context.Stopping).ConfigureAwait(false);
        }
        catch (Exception failure)
        {
            return (null, failure);
        }

        var slot = new EntitySlot<TState, TMessage>(key, entity) { LastUsed = Clock.GetTimestamp(), Restarts = restarts };
        active.Add(key, slot);
        usage.AddNewest(slot);
        Context.System.Metrics.RecordActivation(Context.Name);
        return (slot, null);
    }

    private async ValueTask SuperviseAsync(EntitySlot<TState, TMessage> slot, TMessage message, Exception failure)
    {
        var directive = options.EntitySupervisor.Decide(failure);
        if (directive == Directive.Escalate)
        {
            // The shard's loop dead-letters the message (with key and payload) when it handles this exception.
            await DeactivateAsync(slot, DeactivationReason.Failed).ConfigureAwait(false);
            throw new EntityFailureException(slot.Key, failure);
        }

        Context.System.PublishDeadLetter(Context.Name, slot.Key, message, DeadLetterReason.ProcessingFailed, failure);
        if (directive == Directive.Resume)
        {
            return;
        }

        await DeactivateAsync(slot, DeactivationReason.Failed).ConfigureAwait(false);
        slot.Restarts ??= new RestartHistory(options.EntitySupervisor, Clock);
        if (directive == Directive.Stop || !slot.Restarts.TryRecordRestart())
        {
            stopped.Add(slot.Key);
            return;
        }

        Context.System.Metrics.RecordRestart(Context.Name);
        var (_, activationFailure) = await TryActivateAsync(slot.Key, slot.Restarts).ConfigureAwait(false);
        if (activationFailure is not null)
        {
            // Left inactive; the next message tries again.
            Context.System.PublishUnhandled(Context.Name, slot.Key, activationFailure, ActorFailureKind.LifecycleHook);
        }
    }

    private async ValueTask HandleControlAsync(ShardControl control)
    {
        switch (control)
        {
            case ShardControl.PassivateIdle:
                await PassivateIdleAsync().ConfigureAwait(false);
                break;
            case ShardControl.DeactivateEntities deactivate:
                deactivate.Done.TrySetResult(await DeactivateAllAsync(deactivate.Reason).ConfigureAwait(false));
                break;
            case ShardControl.ListActiveEntities list:
                list.Reply.TrySetResult([.. active.Keys]);
                break;
        }
    }

    private async ValueTask PassivateIdleAsync()
    {
        var now = Clock.GetTimestamp();
        while (usage.Oldest is { } oldest && Clock.GetElapsedTime(oldest.LastUsed, now) >= options.IdleTimeout)
        {
            try
            {
                // Flushes must complete for at-least-once delivery; a store's own timeouts bound them.
                await oldest.Entity.OnPassivateAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception failure)
            {
                // Keep it (its state is not safe yet) and try again after another idle period.
                Context.System.PublishUnhandled(Context.Name, oldest.Key, failure, ActorFailureKind.LifecycleHook);
                oldest.LastUsed = Clock.GetTimestamp();
                usage.MoveToNewest(oldest);
                continue;
            }

            Forget(oldest);
            Context.System.Metrics.RecordPassivation(Context.Name);
        }
    }

    private async ValueTask<DeactivationReport> DeactivateAllAsync(DeactivationReason reason)
    {
        var deactivated = 0;
        List<string>? failed = null;
        while (usage.Oldest is { } slot)
        {
            deactivated++;
            if (!await DeactivateAsync(slot, reason).ConfigureAwait(false))
            {
                (failed ??= []).Add(slot.Key);
            }
        }

        stopped.Clear();
        return deactivated == 0 ? DeactivationReport.None : new DeactivationReport(deactivated, failed ?? []);
    }

    /// <returns>False if the entity's hook threw (reported as an unhandled failure); it is gone either way.</returns>
    private async ValueTask<bool> DeactivateAsync(EntitySlot<TState, TMessage> slot, DeactivationReason reason)
    {
        Forget(slot);
        Context.System.Metrics.RecordDeactivation(Context.Name, reason.ToString());
        try
        {
            await slot.Entity.OnDeactivateAsync(reason, CancellationToken.None).ConfigureAwait(false);
            return true;
        }
        catch (Exception failure)
        {
            Context.System.PublishUnhandled(Context.Name, slot.Key, failure, ActorFailureKind.LifecycleHook);
            return false;
        }
    }

    private void Forget(EntitySlot<TState, TMessage> slot)
    {
        active.Remove(slot.Key);
        usage.Remove(slot);
    }
}
