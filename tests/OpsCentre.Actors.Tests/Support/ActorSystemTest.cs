using OpsCentre.Actors.DeadLetters;
using OpsCentre.Actors.Mailboxes;
using OpsCentre.Actors.Supervision;

namespace OpsCentre.Actors.Tests.Support;

/// <summary>
/// A fresh actor system per test, with everything tests inspect: dead letters, the probe journal, and recorders of
/// the system's pressure and unhandled-failure signals.
/// </summary>
public abstract class ActorSystemTest : IAsyncLifetime
{
    protected ActorSystemTest(TimeProvider? clock = null)
    {
        Actors = TestSystems.Create(DeadLetters, clock);
        Actors.MailboxPressure.Subscribe(Pressure);
        Actors.UnhandledFailures.Subscribe(Unhandled);
    }

    protected ActorSystem Actors { get; }

    protected InMemoryDeadLetterSink DeadLetters { get; } = new();

    protected ProbeJournal Journal { get; } = new();

    protected SignalRecorder<MailboxPressure> Pressure { get; } = new();

    protected SignalRecorder<ActorFailure> Unhandled { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync() => await Actors.DisposeAsync();
}
