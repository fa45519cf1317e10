using OpsCentre.Actors.DeadLetters;
using OpsCentre.Actors.Mailboxes;
using OpsCentre.Actors.Tests.Support;

namespace OpsCentre.Actors.Tests;

public sealed class ActorProcessingTests : ActorSystemTest
{
    [Fact]
    public async Task Messages_from_one_sender_are_processed_in_send_order()
    {
        // A small mailbox makes the sender wait repeatedly, so order is checked across back-Pressure as well.
        var actor = Actors.Spawn("ordered", ProbeActor.Props(Journal) with { Mailbox = new MailboxOptions { Capacity = 16 } });

        for (var i = 0; i < 5_000; i++)
        {
            await actor.TellAsync(new Note(i));
        }

        Assert.Equal(Enumerable.Range(0, 5_000), await actor.ReportAsync());
    }

    [Fact]
    public async Task Each_sender_sees_its_own_messages_processed_in_order_when_senders_race()
    {
        var actor = Actors.Spawn("raced", ProbeActor.Props(Journal) with { Mailbox = new MailboxOptions { Capacity = 64 } });
        const int senders = 4;
        const int perSender = 2_000;

        await Task.WhenAll(Enumerable.Range(0, senders).Select(sender => Task.Run(async () =>
        {
            for (var i = 0; i < perSender; i++)
            {
                await actor.TellAsync(new Note((sender * perSender) + i));
            }
        })));

        var processed = await actor.ReportAsync();
        Assert.Equal(senders * perSender, processed.Count);
        for (var sender = 0; sender < senders; sender++)
        {
            var own = processed.Where(v => v / perSender == sender).ToArray();
            Assert.Equal(Enumerable.Range(sender * perSender, perSender), own);
        }
    }

    [Fact]
    public async Task Async_handlers_of_one_actor_never_overlap()
    {
        var actor = Actors.Spawn("serial", ProbeActor.Props(Journal));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 250; i++)
            {
                await actor.TellAsync(new Overlap());
            }
        })));
        await actor.ReportAsync();

        Assert.Equal(1, Journal.MaxConcurrentHandlers);
    }

    [Fact]
    public async Task Batched_tell_delivers_every_message_in_order_through_a_smaller_mailbox()
    {
        var actor = Actors.Spawn("batched", ProbeActor.Props(Journal) with { Mailbox = new MailboxOptions { Capacity = 8 } });
        IProbeMessage[] batch = [.. Enumerable.Range(0, 100).Select(i => new Note(i))];

        var accepted = await actor.TellManyAsync(batch);

        Assert.Equal(100, accepted);
        Assert.Equal(Enumerable.Range(0, 100), await actor.ReportAsync());
    }

    [Fact]
    public async Task PreStart_runs_before_the_first_message()
    {
        var actor = Actors.Spawn("started", ProbeActor.Props(Journal));

        await actor.TellAsync(new Note(1));
        await actor.ReportAsync();

        Assert.Equal(["PreStart#1"], Journal.Hooks);
    }

    [Fact]
    public void Spawning_a_second_actor_with_a_running_name_is_refused()
    {
        Actors.Spawn("unique", ProbeActor.Props(Journal));

        var refused = Assert.Throws<InvalidOperationException>(() => Actors.Spawn("unique", ProbeActor.Props(Journal)));
        Assert.Contains("'unique'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stopped_actors_name_can_be_reused()
    {
        var first = Actors.Spawn("reused", ProbeActor.Props(Journal));
        await first.StopAsync();

        var second = Actors.Spawn("reused", ProbeActor.Props(Journal));
        await second.TellAsync(new Note(7));

        Assert.Equal([7], await second.ReportAsync());
    }
}
