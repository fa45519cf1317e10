using OpsCentre.Actors.DeadLetters;

namespace OpsCentre.Actors.Tests.DeadLetters;

public sealed class ChannelDeadLetterSinkTests
{
    [Fact]
    public async Task Letters_reach_the_reader_in_order()
    {
        var sink = new ChannelDeadLetterSink(capacity: 10);

        sink.Publish(Letter("first"));
        sink.Publish(Letter("second"));
        sink.Complete();

        var read = new List<string>();
        await foreach (var letter in sink.Reader.ReadAllAsync())
        {
            read.Add((string)letter.Message!);
        }

        Assert.Equal(["first", "second"], read);
    }

    [Fact]
    public void A_slow_reader_loses_the_oldest_letters_and_the_loss_is_counted()
    {
        var sink = new ChannelDeadLetterSink(capacity: 2);

        foreach (var message in new[] { "a", "b", "c" })
        {
            sink.Publish(Letter(message));
        }

        Assert.Equal(1, sink.Dropped);
        Assert.True(sink.Reader.TryRead(out var oldestKept));
        Assert.Equal("b", oldestKept.Message);
    }

    [Fact]
    public async Task A_dead_letter_sent_to_a_stopped_actor_reaches_the_channel_with_its_recipient()
    {
        var sink = new ChannelDeadLetterSink();
        await using var system = new ActorSystem(new ActorSystemOptions { DeadLetterSink = sink });
        var actor = system.Spawn("stopped", new ActorProps<string>(() => new IgnoringActor()));
        await actor.StopAsync();

        actor.TryTell("too late");

        Assert.True(sink.Reader.TryRead(out var letter));
        Assert.Equal(("stopped", "too late", DeadLetterReason.RecipientStopped), (letter.Recipient, letter.Message, letter.Reason));
    }

    private static DeadLetter Letter(string message) =>
        new("actor", null, message, DeadLetterReason.MailboxFull, null, DateTimeOffset.UnixEpoch);

    private sealed class IgnoringActor : Actor<string>
    {
        protected override ValueTask ReceiveAsync(string message) => ValueTask.CompletedTask;
    }
}
