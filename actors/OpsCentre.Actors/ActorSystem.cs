using System.Collections.Concurrent;
using OpsCentre.Actors.DeadLetters;
using OpsCentre.Actors.Mailboxes;
using OpsCentre.Actors.Metrics;
using OpsCentre.Actors.Signals;
using OpsCentre.Actors.Supervision;

namespace OpsCentre.Actors;

/// <summary>
/// Owns a set of actors: spawns them, names them, routes what they cannot handle (dead letters, escalations,
/// mailbox pressure) and stops them.
/// </summary>
public sealed class ActorSystem : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, IActorCell> actors = new(StringComparer.Ordinal);
    private readonly SignalStream<MailboxPressure> pressureSignals = new();
    private readonly SignalStream<ActorFailure> unhandledFailures = new();
    private volatile bool stopping;

    public ActorSystem(ActorSystemOptions? options = null)
    {
        options ??= new ActorSystemOptions();
        options.Validate();
        Name = options.Name;
        TimeProvider = options.TimeProvider;
        DeadLetters = options.DeadLetterSink;
        Metrics = new ActorMetrics(options.MeterFactory, Name, () => actors.Values);
    }

    public string Name { get; }

    public TimeProvider TimeProvider { get; }

    public IDeadLetterSink DeadLetters { get; }

    /// <summary>Soft-limit crossings of every mailbox in the system.</summary>
    public IObservable<MailboxPressure> MailboxPressure => pressureSignals;

    /// <summary>Escalations that reached the root and lifecycle-hook failures; see <see cref="ActorFailure"/>.</summary>
    public IObservable<ActorFailure> UnhandledFailures => unhandledFailures;

    /// <summary>Names of the actors currently running (stopping ones included until they have stopped).</summary>
    public IReadOnlyCollection<string> ActorNames => [.. actors.Keys];

    internal ActorMetrics Metrics { get; }

    /// <summary>Spawns a top-level actor. Its escalations are published on <see cref="UnhandledFailures"/>.</summary>
    /// <exception cref="InvalidOperationException">An actor with this name is running, or the system is stopping.
    /// </exception>
    public ActorRef<TMessage> Spawn<TMessage>(string name, ActorProps<TMessage> props)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Spawn(null, name, props).Self;
    }

    /// <summary>Stops every top-level actor (and so their children) in the given mode.</summary>
    public Task StopAsync(StopMode mode = StopMode.Drain, CancellationToken cancellationToken = default)
    {
        stopping = true;
        var roots = actors.Values.Where(a => a.IsRoot).ToArray();
        return Task.WhenAll(roots.Select(a => a.StopAsync(mode, cancellationToken)));
    }

    /// <summary>Stops every actor, dead-lettering what is queued, then completes the signal streams.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(StopMode.Drop).ConfigureAwait(false);
        pressureSignals.Complete();
        unhandledFailures.Complete();
        Metrics.Dispose();
    }

    internal ActorCell<TMessage> Spawn<TMessage>(IActorCell? parent, string name, ActorProps<TMessage> props)
    {
        ArgumentNullException.ThrowIfNull(props);
        props.Validate();
        if (stopping)
        {
            throw new InvalidOperationException($"Actor system '{Name}' is stopping; '{name}' was not spawned.");
        }

        var cell = new ActorCell<TMessage>(this, parent, name, props);
        if (!actors.TryAdd(name, cell))
        {
            throw new InvalidOperationException($"An actor named '{name}' is already running in system '{Name}'.");
        }

        cell.Start();
        return cell;
    }

    internal void Unregister(IActorCell cell) => actors.TryRemove(new KeyValuePair<string, IActorCell>(cell.Name, cell));

    internal void PublishDeadLetter<TMessage>(string recipient, TMessage message, DeadLetterReason reason, Exception? exception)
    {
        if (message is IKeyedEnvelope envelope)
        {
            PublishDeadLetter(recipient, envelope.Key, envelope.Payload, reason, exception);
        }
        else
        {
            PublishDeadLetter(recipient, null, message, reason, exception);
        }
    }

    internal void PublishDeadLetter(
        string recipient, string? entityKey, object? message, DeadLetterReason reason, Exception? exception)
    {
        Metrics.RecordDeadLetter(recipient, reason);
        try
        {
            DeadLetters.Publish(new DeadLetter(recipient, entityKey, message, reason, exception, TimeProvider.GetUtcNow()));
        }
        catch (Exception)
        {
            // The sink runs on actors' hot paths; a failing sink must not take actors down. The loss is counted.
            Metrics.RecordDeadLetterLost(recipient);
        }
    }

    internal void PublishPressure(MailboxPressure signal) => pressureSignals.Publish(signal);

    internal void PublishUnhandled(string actorName, string? entityKey, Exception exception, ActorFailureKind kind) =>
        unhandledFailures.Publish(new ActorFailure(actorName, entityKey, exception, kind, TimeProvider.GetUtcNow()));
}
