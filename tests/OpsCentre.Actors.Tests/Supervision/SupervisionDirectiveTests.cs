using OpsCentre.Actors.DeadLetters;
using OpsCentre.Actors.Mailboxes;
using OpsCentre.Actors.Supervision;
using OpsCentre.Actors.Tests.Support;

namespace OpsCentre.Actors.Tests.Supervision;

public sealed class SupervisionDirectiveTests : ActorSystemTest
{
    [Fact]
    public async Task Resume_keeps_the_actor_state_and_dead_letters_the_failed_message_with_its_exception()
    {
        var actor = Spawn(Directive.Resume);
        var boom = new InvalidOperationException("boom");

        await actor.TellAsync(new Note(1));
        await actor.TellAsync(new Fail(boom));
        await actor.TellAsync(new Note(2));

        Assert.Equal([1, 2], await actor.ReportAsync());
        var letter = Assert.Single(DeadLetters.Snapshot());
        Assert.Equal((DeadLetterReason.ProcessingFailed, (object)new Fail(boom), (Exception)boom), (letter.Reason, letter.Message!, letter.Exception!));
        Assert.Equal(["PreStart#1"], Journal.Hooks);
    }

    [Fact]
    public async Task Restart_recreates_state_through_the_factory_and_runs_the_hooks_in_order()
    {
        var actor = Spawn(Directive.Restart);

        await actor.TellAsync(new Note(1));
        await actor.TellAsync(new Fail(new InvalidOperationException("boom")));
        await actor.TellAsync(new Note(2));

        Assert.Equal([2], await actor.ReportAsync());
        Assert.Equal(
            ["PreStart#1", "PreRestart#1(boom, Fail)", "PostStop#1", "PostRestart#2(boom)", "PreStart#2"],
            Journal.Hooks);
        Assert.Equal(DeadLetterReason.ProcessingFailed, Assert.Single(DeadLetters.Snapshot()).Reason);
    }

    [Fact]
    public async Task Stop_dead_letters_the_queued_and_later_messages()
    {
        var actor = Spawn(Directive.Stop);
        var release = await actor.BlockAsync();
        await actor.TellAsync(new Fail(new InvalidOperationException("boom")));
        await actor.TellAsync(new Note(1));

        release.SetResult();
        var termination = await actor.Termination.Within();
        var lateResult = actor.TryTell(new Note(2));

        Assert.Equal(TerminationReason.StoppedBySupervisor, termination.Reason);
        Assert.Equal("boom", termination.Exception!.Message);
        Assert.Equal(TellResult.RecipientStopped, lateResult);
        Assert.Equal(
            [DeadLetterReason.ProcessingFailed, DeadLetterReason.RecipientStopped, DeadLetterReason.RecipientStopped],
            DeadLetters.Snapshot().Select(l => l.Reason));
        Assert.Empty(Journal.Recorded);
        Assert.Equal("PostStop#1", Journal.Hooks[^1]);
    }

    [Fact]
    public async Task Stop_in_the_middle_of_a_batch_dead_letters_the_rest_of_the_batch()
    {
        var actor = Spawn(Directive.Stop);
        var release = await actor.BlockAsync();
        IProbeMessage[] batch = [new Note(1), new Fail(new InvalidOperationException("boom")), new Note(2), new Note(3)];
        await actor.TellManyAsync(batch);

        release.SetResult();
        await actor.Termination.Within();

        Assert.Equal([1], Journal.Recorded);
        Assert.Equal(
            [(DeadLetterReason.ProcessingFailed, "Fail"), (DeadLetterReason.RecipientStopped, "Note"), (DeadLetterReason.RecipientStopped, "Note")],
            DeadLetters.Snapshot().Select(l => (l.Reason, l.Message!.GetType().Name)));
    }

    [Fact]
    public async Task Escalate_from_a_top_level_actor_reaches_the_system_and_stops_the_actor()
    {
        var actor = Spawn(Directive.Escalate);
        var boom = new InvalidOperationException("boom");

        await actor.TellAsync(new Fail(boom));

        var failure = await Unhandled.WaitForAsync(f => f.ActorName == "supervised");
        Assert.Equal((ActorFailureKind.Escalated, (Exception)boom), (failure.Kind, failure.Exception));
        Assert.Equal(TerminationReason.Escalated, (await actor.Termination.Within()).Reason);
    }

    [Fact]
    public async Task Escalate_from_a_child_fails_its_parent_with_the_same_exception()
    {
        var parentJournal = Journal;
        var parent = Actors.Spawn("parent", ProbeActor.Props(parentJournal));
        await parent.TellAsync(new Note(1));
        var childProps = ProbeActor.Props(new ProbeJournal()) with
        {
            Supervisor = SupervisorStrategy.Default with { Otherwise = Directive.Escalate },
        };
        var reply = new TaskCompletionSource<ActorRef<IProbeMessage>>();
        await parent.TellAsync(new SpawnChild("child", childProps, reply));
        var child = await reply.Task.Within();

        await child.TellAsync(new Fail(new TimeoutException("child broke")));
        Assert.Equal(TerminationReason.Escalated, (await child.Termination.Within()).Reason);

        // The parent's default strategy restarts it, so its state is gone and its hooks name the child's exception.
        Assert.Empty(await parent.ReportAsync());
        Assert.Contains("PreRestart#1(child broke, no message)", parentJournal.Hooks);
        Assert.Empty(Unhandled.Received);
    }

    [Fact]
    public async Task A_failing_PreStart_stops_the_actor_without_processing_anything()
    {
        var actor = Actors.Spawn("unstartable", new ActorProps<IProbeMessage>(() => new FailingStartActor()));

        var termination = await actor.Termination.Within();

        Assert.Equal(TerminationReason.StartFailed, termination.Reason);
        Assert.IsType<InvalidOperationException>(termination.Exception);
    }

    private ActorRef<IProbeMessage> Spawn(Directive directive) =>
        Actors.Spawn("supervised", ProbeActor.Props(Journal) with
        {
            Supervisor = SupervisorStrategy.Default with { Otherwise = directive },
        });

    private sealed class FailingStartActor : Actor<IProbeMessage>
    {
        protected override ValueTask ReceiveAsync(IProbeMessage message) => ValueTask.CompletedTask;

        protected override ValueTask PreStartAsync() => throw new InvalidOperationException("no start");
    }
}
