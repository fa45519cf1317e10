using OpsCentre.Actors.DeadLetters;
using OpsCentre.Actors.Mailboxes;
using OpsCentre.Actors.Tests.Support;

namespace OpsCentre.Actors.Tests.Mailboxes;

public sealed class MailboxLimitTests : ActorSystemTest
{
    [Fact]
    public async Task Crossing_the_soft_limit_raises_pressure_and_draining_to_half_of_it_clears_it()
    {
        var actor = Spawn(new MailboxOptions { Capacity = 10, SoftLimit = 4 });
        var release = await actor.BlockAsync();

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(TellResult.Accepted, actor.TryTell(new Note(i)));
        }

        Assert.Empty(Pressure.Received);
        Assert.False(actor.IsUnderPressure);

        Assert.Equal(TellResult.Accepted, actor.TryTell(new Note(4)));

        var raised = Assert.Single(Pressure.Received);
        Assert.Equal(("pressured", true, 5L, 4, 10), (raised.ActorName, raised.IsAboveSoftLimit, raised.Depth, raised.SoftLimit, raised.Capacity));
        Assert.True(actor.IsUnderPressure);

        release.SetResult();
        var cleared = await Pressure.WaitForAsync(p => !p.IsAboveSoftLimit);

        Assert.True(cleared.Depth <= 2, $"cleared at depth {cleared.Depth}");
        Assert.False(actor.IsUnderPressure);
        Assert.Equal([true, false], Pressure.Received.Select(p => p.IsAboveSoftLimit));
    }

    [Fact]
    public async Task Non_waiting_tell_at_the_hard_limit_fails_and_dead_letters_by_default()
    {
        var actor = Spawn(new MailboxOptions { Capacity = 2 });
        await actor.BlockAsync();
        actor.TryTell(new Note(1));
        actor.TryTell(new Note(2));

        var result = actor.TryTell(new Note(3));

        Assert.Equal(TellResult.MailboxFull, result);
        var letter = Assert.Single(DeadLetters.Snapshot());
        Assert.Equal((DeadLetterReason.MailboxFull, "pressured"), (letter.Reason, letter.Recipient));
        Assert.Equal(new Note(3), letter.Message);
    }

    [Fact]
    public async Task Reject_policy_hands_the_message_back_without_a_dead_letter()
    {
        var actor = Spawn(new MailboxOptions { Capacity = 2, OverflowPolicy = MailboxOverflowPolicy.Reject });
        await actor.BlockAsync();
        actor.TryTell(new Note(1));
        actor.TryTell(new Note(2));

        Assert.Equal(TellResult.MailboxFull, actor.TryTell(new Note(3)));
        Assert.Empty(DeadLetters.Snapshot());
    }

    [Fact]
    public async Task Batched_non_waiting_tell_accepts_up_to_the_hard_limit_and_dead_letters_the_rest()
    {
        var actor = Spawn(new MailboxOptions { Capacity = 4 });
        await actor.BlockAsync();
        IProbeMessage[] batch = [.. Enumerable.Range(0, 6).Select(i => new Note(i))];

        var accepted = actor.TryTellMany(batch);

        Assert.Equal(4, accepted);
        Assert.Equal([4, 5], DeadLetters.Snapshot().Select(l => ((Note)l.Message!).Value));
        Assert.All(DeadLetters.Snapshot(), l => Assert.Equal(DeadLetterReason.MailboxFull, l.Reason));
    }

    private ActorRef<IProbeMessage> Spawn(MailboxOptions mailbox) =>
        Actors.Spawn("pressured", ProbeActor.Props(Journal) with { Mailbox = mailbox });
}
