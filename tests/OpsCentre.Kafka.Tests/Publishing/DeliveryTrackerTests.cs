using Confluent.Kafka;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Kafka.Tests.Publishing;

public sealed class DeliveryTrackerTests
{
    [Fact]
    public void Seal_with_nothing_in_flight_is_already_complete()
    {
        var tracker = new DeliveryTracker();

        Assert.True(tracker.Seal().IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Seal_completes_only_when_every_message_published_before_it_is_acknowledged()
    {
        var tracker = new DeliveryTracker();
        var first = tracker.Started();
        var second = tracker.Started();

        var sealedTask = tracker.Seal();
        tracker.Finished(first, new Error(ErrorCode.NoError));
        Assert.False(sealedTask.IsCompleted);

        tracker.Finished(second, new Error(ErrorCode.NoError));
        await sealedTask.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Messages_published_after_a_seal_do_not_hold_it_back()
    {
        var tracker = new DeliveryTracker();
        var before = tracker.Started();
        var sealedTask = tracker.Seal();
        _ = tracker.Started();

        tracker.Finished(before, new Error(ErrorCode.NoError));

        await sealedTask.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, tracker.Pending);
    }

    [Fact]
    public async Task A_later_seal_never_completes_before_an_earlier_one()
    {
        var tracker = new DeliveryTracker();
        var early = tracker.Started();
        var firstSeal = tracker.Seal();
        var late = tracker.Started();
        var secondSeal = tracker.Seal();

        tracker.Finished(late, new Error(ErrorCode.NoError));
        await Task.Delay(100);
        Assert.False(secondSeal.IsCompleted);

        tracker.Finished(early, new Error(ErrorCode.NoError));
        await firstSeal.WaitAsync(TimeSpan.FromSeconds(5));
        await secondSeal.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_failed_delivery_faults_the_seal_that_covers_it()
    {
        var tracker = new DeliveryTracker();
        var message = tracker.Started();
        var sealedTask = tracker.Seal();

        tracker.Finished(message, new Error(ErrorCode.MsgSizeTooLarge, "too large"));

        var failure = await Assert.ThrowsAsync<KafkaException>(() => sealedTask);
        Assert.Equal(ErrorCode.MsgSizeTooLarge, failure.Error.Code);
    }
}
