using OpsCentre.Actors.DeadLetters;
using OpsCentre.Kafka.Publishing;

namespace OpsCentre.Assets.Hosting;

/// <summary>
/// The dead-letter sink of one partition's actor system. A reading the actor layer could not process (a detector
/// threw on it, or its asset was stopped after too many restarts) goes to ops.deadletter.v1 with its original bytes
/// and the reason, inside the partition's delivery generation, so the checkpoint that commits its offset also waits
/// for the dead letter. Readings dropped because the partition is being given up are not dead letters: the next
/// owner processes them. A request that can no longer be answered is failed, so nobody waits forever.
/// </summary>
internal sealed class AssetDeadLetters(AssetPartition partition, DeadLetterPublisher deadLetters) : IDeadLetterSink
{
    public void Publish(DeadLetter deadLetter)
    {
        if (deadLetter.Message is not AssetCommand command)
        {
            return;
        }

        if (command.Request is { } request)
        {
            request.Fail(deadLetter.Exception ?? new InvalidOperationException($"asset shard refused the request: {deadLetter.Reason}"));
            return;
        }

        if (command.Source is not { } source || partition.Closing)
        {
            return;
        }

        var reason = deadLetter.Exception is { } failure
            ? $"asset-processing-failed: {failure.GetType().Name}: {failure.Message}"
            : $"asset-{deadLetter.Reason}: {deadLetter.EntityKey} is stopped after repeated failures";
        deadLetters.Publish(source.Topic, source.Partition.Value, source.Offset.Value, source.Message.Key, source.Message.Value ?? [], reason, partition.Deliveries);
    }
}
