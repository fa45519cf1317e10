using OpsCentre.Actors.DeadLetters;
using OpsCentre.Actors.Mailboxes;
using OpsCentre.Actors.Tests.Support;

namespace OpsCentre.Actors.Tests;

public sealed class ActorStopTests : ActorSystemTest
{
    [Fact]
    public async Task Draining_stop_processes_queued_messages_then_runs_PostStop()
    {
        var actor = Actors.Spawn("drained", ProbeActor.Props(Journal));
        var release = await actor.BlockAsync();
        foreach (var value in new[] { 1, 2, 3 })
        {
            await actor.TellAsync(new Note(value));
        }

        var stopping = actor.StopAsync(StopMode.Drain);
        Assert.False(stopping.IsCompleted);
        release.SetResult();
        await stopping.Within();

        Assert.Equal([1, 2, 3], Journal.Recorded);
        Assert.Equal("PostStop#1", Journal.Hooks[^1]);
        Assert.Empty(DeadLetters.Snapshot());
        Assert.Equal(TerminationReason.Stopped, (await actor.Termination).Reason);
    }

    [Fact]
    public async Task Dropping_stop_dead_letters_queued_messages_and_cancels_the_running_handler()
    {
        var actor = Actors.Spawn("dropped", ProbeActor.Props(Journal));
        await actor.BlockAsync();
        foreach (var value in new[] { 1, 2, 3 })
        {
            await actor.TellAsync(new Note(value));
        }

        // The Block handler is never released: only cancellation of Context.Stopping can end it.
        await actor.StopAsync(StopMode.Drop).Within();

        Assert.Empty(Journal.Recorded);
        var letters = DeadLetters.Snapshot();
        Assert.IsType<Block>(letters[0].Message);
        Assert.Equal([1, 2, 3], letters.Skip(1).Select(l => ((Note)l.Message!).Value));
        Assert.All(letters, l => Assert.Equal(DeadLetterReason.RecipientStopped, l.Reason));
        Assert.Equal("PostStop#1", Journal.Hooks[^1]);
    }

    [Fact]
    public async Task Dropping_stop_dead_letters_queued_batches_message_by_message()
    {
        var actor = Actors.Spawn("dropped-batch", ProbeActor.Props(Journal));
        await actor.BlockAsync();
        IProbeMessage[] batch = [new Note(1), new Note(2), new Note(3)];
        await actor.TellManyAsync(batch);

        await actor.StopAsync(StopMode.Drop).Within();

        Assert.Equal([1, 2, 3], DeadLetters.Snapshot().Skip(1).Select(l => ((Note)l.Message!).Value));
        Assert.Empty(Journal.Recorded);
    }

    [Fact]
    public async Task Cancelling_a_draining_stop_turns_it_into_a_drop()
    {
        var actor = Actors.Spawn("impatient", ProbeActor.Props(Journal));
        await actor.BlockAsync();
        await actor.TellAsync(new Note(1));
        using var patience = new CancellationTokenSource();

        var stopping = actor.StopAsync(StopMode.Drain, patience.Token);
        await patience.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stopping);
        await actor.Termination.Within();
        Assert.Contains(DeadLetters.Snapshot(), l => l.Message is Note { Value: 1 });
        Assert.Empty(Journal.Recorded);
    }

    [Fact]
    public async Task Messages_sent_after_stop_are_dead_lettered()
    {
        var actor = Actors.Spawn("gone", ProbeActor.Props(Journal));
        await actor.StopAsync();

        Assert.Equal(TellResult.RecipientStopped, actor.TryTell(new Note(1)));
        Assert.Equal(TellResult.RecipientStopped, await actor.TellAsync(new Note(2)));

        Assert.Equal([1, 2], DeadLetters.Snapshot().Select(l => ((Note)l.Message!).Value));
        Assert.All(DeadLetters.Snapshot(), l => Assert.Equal("gone", l.Recipient));
    }

    [Fact]
    public async Task A_sender_waiting_on_a_full_mailbox_is_told_the_actor_stopped()
    {
        var actor = Actors.Spawn("full", ProbeActor.Props(Journal) with { Mailbox = new MailboxOptions { Capacity = 1 } });
        await actor.BlockAsync();
        await actor.TellAsync(new Note(1));
        var waiting = actor.TellAsync(new Note(2));
        Assert.False(waiting.IsCompleted);

        await actor.StopAsync(StopMode.Drop).Within();

        Assert.Equal(TellResult.RecipientStopped, await waiting.AsTask().Within());
        Assert.Contains(DeadLetters.Snapshot(), l => l.Message is Note { Value: 2 });
    }

    [Fact]
    public async Task Stopping_a_parent_stops_its_children_first()
    {
        var parent = Actors.Spawn("parent", ProbeActor.Props(Journal));
        var childJournal = new ProbeJournal();
        var reply = new TaskCompletionSource<ActorRef<IProbeMessage>>();
        await parent.TellAsync(new SpawnChild("child", ProbeActor.Props(childJournal), reply));
        var child = await reply.Task.Within();

        await parent.StopAsync().Within();

        Assert.True(child.Termination.IsCompleted);
        Assert.Equal("parent/child", child.Name);
        Assert.Equal("PostStop#1", childJournal.Hooks[^1]);
        Assert.DoesNotContain("parent/child", Actors.ActorNames);
    }

    [Fact]
    public async Task Stopping_the_system_stops_every_actor()
    {
        var first = Actors.Spawn("first", ProbeActor.Props(Journal));
        var second = Actors.Spawn("second", ProbeActor.Props(Journal));

        await Actors.StopAsync().Within();

        Assert.True(first.Termination.IsCompleted && second.Termination.IsCompleted);
        Assert.Empty(Actors.ActorNames);
        Assert.Throws<InvalidOperationException>(() => Actors.Spawn("late", ProbeActor.Props(Journal)));
    }
}
