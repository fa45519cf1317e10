using OpsCentre.Actors.DeadLetters;
using OpsCentre.Actors.Mailboxes;
using OpsCentre.Actors.Tests.Support;

namespace OpsCentre.Actors.Tests.Mailboxes;

public sealed class BackPressureTests : ActorSystemTest
{
    [Fact]
    public async Task Sender_waits_exactly_when_the_mailbox_reaches_its_capacity_and_resumes_when_it_drains()
    {
        var actor = Spawn(capacity: 3);
        var release = await actor.BlockAsync();

        for (var i = 0; i < 3; i++)
        {
            Assert.True(actor.TellAsync(new Note(i)).IsCompletedSuccessfully, $"send {i} should not wait");
        }

        Assert.Equal(3, actor.MailboxDepth);
        var fourth = actor.TellAsync(new Note(3));
        Assert.False(fourth.IsCompleted);

        release.SetResult();

        Assert.Equal(TellResult.Accepted, await fourth.AsTask().Within());
        Assert.Equal([0, 1, 2, 3], await actor.ReportAsync());
        Assert.Empty(DeadLetters.Snapshot());
    }

    [Fact]
    public async Task Cancelling_a_waiting_sender_throws_and_the_message_is_neither_delivered_nor_dead_lettered()
    {
        var actor = Spawn(capacity: 1);
        var release = await actor.BlockAsync();
        await actor.TellAsync(new Note(1));
        using var cancel = new CancellationTokenSource();

        var waiting = actor.TellAsync(new Note(2), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.AsTask());
        release.SetResult();
        Assert.Equal([1], await actor.ReportAsync());
        Assert.Empty(DeadLetters.Snapshot());
    }

    [Fact]
    public async Task Batched_send_fills_to_capacity_then_waits_for_room()
    {
        var actor = Spawn(capacity: 4);
        var release = await actor.BlockAsync();
        IProbeMessage[] batch = [.. Enumerable.Range(0, 6).Select(i => new Note(i))];

        var sending = actor.TellManyAsync(batch);

        Assert.False(sending.IsCompleted);
        Assert.Equal(4, actor.MailboxDepth);
        release.SetResult();
        Assert.Equal(6, await sending.AsTask().Within());
        Assert.Equal([0, 1, 2, 3, 4, 5], await actor.ReportAsync());
    }

    private ActorRef<IProbeMessage> Spawn(int capacity) =>
        Actors.Spawn("bounded", ProbeActor.Props(Journal) with { Mailbox = new MailboxOptions { Capacity = capacity } });
}
