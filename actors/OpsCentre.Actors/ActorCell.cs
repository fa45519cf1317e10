using System.Diagnostics;
using OpsCentre.Actors.DeadLetters;
using OpsCentre.Actors.Mailboxes;
using OpsCentre.Actors.Metrics;
using OpsCentre.Actors.Supervision;

namespace OpsCentre.Actors;

/// <summary>
/// The runtime of one actor: its mailbox, its processing loop, supervision of its failures, its children and its
/// stop. The loop is one task per actor that exists only while there are messages; between messages the actor costs
/// no thread.
/// </summary>
internal sealed class ActorCell<TMessage> : IActorCell
{
    /// <summary>
    /// Messages taken from the mailbox at a time. Taking a batch frees its slots with one atomic operation and bounds
    /// how many messages an actor can hold outside its mailbox (and lose to dead letters on a drop).
    /// </summary>
    private const int BatchSize = 32;

    private readonly ActorProps<TMessage> props;
    private readonly IActorCell? parent;
    private readonly MailboxEntry<TMessage>[] batch;
    private readonly RestartHistory restartHistory;
    private readonly CancellationTokenSource stopping = new();
    private readonly TaskCompletionSource<ActorTermination> termination =
        new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ChildActors children;
    private readonly ActorLifecycle<TMessage> lifecycle;
    private int stopMode;
    private ActorTermination? failureTermination;

    public ActorCell(ActorSystem system, IActorCell? parent, string name, ActorProps<TMessage> props)
    {
        System = system;
        this.parent = parent;
        Name = name;
        this.props = props;
        Mailbox = new Mailbox<TMessage>(props.Mailbox, OnPressureChanged);
        batch = new MailboxEntry<TMessage>[BatchSize];
        restartHistory = new RestartHistory(props.Supervisor, system.TimeProvider);
        Tags = system.Metrics.ActorTags(name);
        children = new ChildActors(name);
        Self = new ActorRef<TMessage>(this);
        lifecycle = new ActorLifecycle<TMessage>(props.Factory, new ActorContext<TMessage>(this));
    }

    public string Name { get; }

    public bool IsRoot => parent is null;

    public ActorSystem System { get; }

    public ActorRef<TMessage> Self { get; }

    public Mailbox<TMessage> Mailbox { get; }

    public ProcessingStatistics Statistics { get; } = new();

    public KeyValuePair<string, object?>[] Tags { get; }

    public long MailboxDepth => Mailbox.Depth;

    public CancellationToken Stopping => stopping.Token;

    public Task<ActorTermination> Termination => termination.Task;

    private bool DropRequested => Volatile.Read(ref stopMode) == (int)StopMode.Drop;

    /// <summary>Starts the loop on the thread pool, so PreStart never runs on the spawner's thread.</summary>
    public void Start() => _ = Task.Run(RunAsync);

    public ActorRef<TChild> SpawnChild<TChild>(string childName, ActorProps<TChild> childProps)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(childName);
        return children.Add(childName, () => System.Spawn(this, $"{Name}/{childName}", childProps)).Self;
    }

    public void RemoveChild(IActorCell child) => children.Remove(child);

    public bool TryEscalateToParent(ChildFailure failure) => Mailbox.TryEnqueueChildFailure(failure);

    /// <summary>A tell was refused: dead-letter it unless the overflow policy hands it back to the sender.</summary>
    public void Refused(TMessage message, TellResult result)
    {
        if (result == TellResult.RecipientStopped)
        {
            System.PublishDeadLetter(Name, message, DeadLetterReason.RecipientStopped, null);
        }
        else if (result == TellResult.MailboxFull && props.Mailbox.OverflowPolicy == MailboxOverflowPolicy.DeadLetter)
        {
            System.PublishDeadLetter(Name, message, DeadLetterReason.MailboxFull, null);
        }
    }

    public async Task StopAsync(StopMode mode, CancellationToken cancellationToken)
    {
        RequestStop(mode);
        if (termination.Task.IsCompleted)
        {
            return;
        }

        try
        {
            await termination.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller stopped waiting: whatever is still queued is dropped rather than drained unobserved.
            RequestStop(StopMode.Drop);
            throw;
        }
    }

    public void RequestStop(StopMode mode)
    {
        var requested = (int)mode;
        var current = Volatile.Read(ref stopMode);
        while (current < requested)
        {
            var seen = Interlocked.CompareExchange(ref stopMode, requested, current);
            if (seen == current)
            {
                break;
            }

            current = seen;
        }

        Mailbox.Close();
        if (mode == StopMode.Drop)
        {
            CancelStopping();
        }
    }

    private async Task RunAsync()
    {
        try
        {
            if (await lifecycle.StartAsync().ConfigureAwait(false) is { } startFailure)
            {
                StopAfterFailure(TerminationReason.StartFailed, startFailure);
            }
            else
            {
                await ProcessMessagesAsync().ConfigureAwait(false);
            }
        }
        catch (Exception bug)
        {
            // Only a defect in this class gets here (handler failures are supervised inside the loop). Stop the
            // actor visibly rather than leave a dead loop behind a live mailbox.
            failureTermination ??= new ActorTermination(Name, TerminationReason.StoppedBySupervisor, bug);
            System.PublishUnhandled(Name, null, bug, ActorFailureKind.Escalated);
        }

        await FinishAsync().ConfigureAwait(false);
    }

    private async Task ProcessMessagesAsync()
    {
        var sinceYield = 0;
        while (true)
        {
            var count = Mailbox.TakeBatch(batch);
            if (count == 0)
            {
                if (DropRequested || !await Mailbox.WaitToReadAsync().ConfigureAwait(false))
                {
                    return;
                }

                continue;
            }

            var startedAt = Stopwatch.GetTimestamp();
            var delivered = 0;
            var keepRunning = true;
            for (var e = 0; e < count; e++)
            {
                var entry = batch[e];
                batch[e] = default;
                if (!keepRunning || DropRequested)
                {
                    DeadLetterUnprocessed(entry);
                }
                else if (entry.IsSingleMessage)
                {
                    delivered++;
                    var outcome = DeliverAsync(entry.Message);
                    keepRunning = outcome.IsCompletedSuccessfully ? outcome.Result : await outcome.ConfigureAwait(false);
                }
                else if (entry.Run is { } run)
                {
                    for (var i = 0; i < run.Length; i++)
                    {
                        if (!keepRunning || DropRequested)
                        {
                            DeadLetterMessages(run.From(i));
                            break;
                        }

                        delivered++;
                        var outcome = DeliverAsync(run[i]);
                        keepRunning = outcome.IsCompletedSuccessfully
                            ? outcome.Result
                            : await outcome.ConfigureAwait(false);
                    }

                    run.Release();
                }
                else
                {
                    // Akka semantics: the parent fails with the child's exception and its own strategy decides.
                    keepRunning = await HandleFailureAsync(entry.ChildFailure!.Exception, default, hasMessage: false)
                        .ConfigureAwait(false);
                }
            }

            Statistics.RecordBatch(delivered, Stopwatch.GetElapsedTime(startedAt));
            if (!keepRunning || DropRequested)
            {
                return;
            }

            sinceYield += delivered;
            if (sinceYield >= props.Mailbox.Throughput)
            {
                sinceYield = 0;
                await Task.Yield();
            }
        }
    }

    /// <summary>
    /// Hands one message to the actor. Not an async method: a synchronous handler that succeeds costs a call and a
    /// check, with no state machine (the fast path for synchronous handlers).
    /// </summary>
    /// <returns>False when the actor must stop.</returns>
    private ValueTask<bool> DeliverAsync(TMessage message)
    {
        try
        {
            var pending = lifecycle.Current.ReceiveAsync(message);
            if (pending.IsCompletedSuccessfully)
            {
                // GetResult releases a ValueTask backed by a pooled source.
                pending.GetAwaiter().GetResult();
                return new ValueTask<bool>(true);
            }

            return AwaitDeliveryAsync(pending, message);
        }
        catch (Exception failure)
        {
            return HandleDeliveryFailureAsync(failure, message);
        }
    }

    private async ValueTask<bool> AwaitDeliveryAsync(ValueTask pending, TMessage message)
    {
        try
        {
            await pending.ConfigureAwait(false);
            return true;
        }
        catch (Exception failure)
        {
            return await HandleDeliveryFailureAsync(failure, message).ConfigureAwait(false);
        }
    }

    private ValueTask<bool> HandleDeliveryFailureAsync(Exception failure, TMessage message)
    {
        if (failure is OperationCanceledException && stopping.IsCancellationRequested)
        {
            // The handler gave up because the actor is being dropped: not a failure to supervise.
            System.PublishDeadLetter(Name, message, DeadLetterReason.RecipientStopped, null);
            return new ValueTask<bool>(false);
        }

        return HandleFailureAsync(failure, message, hasMessage: true);
    }

    /// <returns>False when the actor must stop.</returns>
    private async ValueTask<bool> HandleFailureAsync(Exception failure, TMessage? message, bool hasMessage)
    {
        var directive = props.Supervisor.Decide(failure);
        if (hasMessage)
        {
            System.PublishDeadLetter(Name, message, DeadLetterReason.ProcessingFailed, failure);
        }

        switch (directive)
        {
            case Directive.Resume:
                return true;
            case Directive.Restart when restartHistory.TryRecordRestart():
                return await RestartAsync(failure, message).ConfigureAwait(false);
            case Directive.Restart:
                StopAfterFailure(TerminationReason.RestartLimitExceeded, failure);
                return false;
            case Directive.Stop:
                StopAfterFailure(TerminationReason.StoppedBySupervisor, failure);
                return false;
            default:
                StopAfterFailure(TerminationReason.Escalated, failure);
                Escalate(failure);
                return false;
        }
    }

    private async ValueTask<bool> RestartAsync(Exception reason, TMessage? message)
    {
        System.Metrics.RecordRestart(Name);
        if (await lifecycle.RestartAsync(reason, message, ReportHookFailure).ConfigureAwait(false) is { } startFailure)
        {
            StopAfterFailure(TerminationReason.StartFailed, startFailure);
            return false;
        }

        return true;
    }

    private void StopAfterFailure(TerminationReason reason, Exception failure)
    {
        failureTermination ??= new ActorTermination(Name, reason, failure);
        RequestStop(StopMode.Drop);
    }

    private void Escalate(Exception failure)
    {
        if (parent is null || !parent.TryEscalateToParent(new ChildFailure(Name, failure)))
        {
            System.PublishUnhandled(Name, null, failure, ActorFailureKind.Escalated);
        }
    }

    private async Task FinishAsync()
    {
        Mailbox.Close();
        int count;
        while ((count = Mailbox.TakeBatch(batch)) > 0)
        {
            for (var i = 0; i < count; i++)
            {
                DeadLetterUnprocessed(batch[i]);
                batch[i] = default;
            }
        }

        await children.StopAllAsync(DropRequested ? StopMode.Drop : StopMode.Drain).ConfigureAwait(false);
        await lifecycle.StopAsync(ReportHookFailure).ConfigureAwait(false);

        System.Unregister(this);
        parent?.RemoveChild(this);
        termination.TrySetResult(failureTermination ?? new ActorTermination(Name, TerminationReason.Stopped, null));
    }

    /// <summary>
    /// The messages of an entry that will not be processed become dead letters (and a run's array goes back to the
    /// pool); a child failure that can no longer be handled here goes on up the tree.
    /// </summary>
    private void DeadLetterUnprocessed(MailboxEntry<TMessage> entry)
    {
        if (entry.ChildFailure is { } childFailure)
        {
            Escalate(childFailure.Exception);
        }
        else if (entry.Run is { } run)
        {
            DeadLetterMessages(run.From(0));
            run.Release();
        }
        else
        {
            System.PublishDeadLetter(Name, entry.Message, DeadLetterReason.RecipientStopped, null);
        }
    }

    private void DeadLetterMessages(ReadOnlySpan<TMessage> messages)
    {
        foreach (var message in messages)
        {
            System.PublishDeadLetter(Name, message, DeadLetterReason.RecipientStopped, null);
        }
    }

    private void ReportHookFailure(Exception hookFailure) =>
        System.PublishUnhandled(Name, null, hookFailure, ActorFailureKind.LifecycleHook);

    private void CancelStopping()
    {
        try
        {
            stopping.Cancel();
        }
        catch (AggregateException callbackFailures)
        {
            // Callbacks registered on Context.Stopping belong to handler code; report them, keep stopping.
            System.PublishUnhandled(Name, null, callbackFailures, ActorFailureKind.LifecycleHook);
        }
    }

    private void OnPressureChanged(bool aboveSoftLimit, long depth)
    {
        if (aboveSoftLimit)
        {
            System.Metrics.RecordPressure(Name);
        }

        System.PublishPressure(new MailboxPressure(
            Name, aboveSoftLimit, depth, Mailbox.SoftLimit, Mailbox.Capacity, System.TimeProvider.GetUtcNow()));
    }
}
