using Confluent.Kafka;

namespace OpsCentre.Kafka.Publishing;

/// <summary>
/// Counts one owner's (a shard's) messages still in flight, so the owner can wait until everything it produced is
/// acknowledged by the cluster before it lets the consumer commit the input offsets that caused them.
/// </summary>
public sealed class DeliveryTracker
{
    private long _pending;
    private Error? _firstFailure;
    private TaskCompletionSource _drained = NewDrainedSource(completed: true);
    private readonly Lock _gate = new();

    public long Pending => Interlocked.Read(ref _pending);

    internal void Started()
    {
        lock (_gate)
        {
            if (_pending++ == 0)
            {
                _drained = NewDrainedSource(completed: false);
            }
        }
    }

    internal void Finished(Error error)
    {
        lock (_gate)
        {
            if (error.IsError)
            {
                _firstFailure ??= error;
            }

            if (--_pending == 0)
            {
                _drained.TrySetResult();
            }
        }
    }

    /// <summary>Completes when nothing is in flight; throws if any delivery failed since the last successful wait.</summary>
    public async Task WaitAllDeliveredAsync(CancellationToken cancellationToken)
    {
        Task drained;
        lock (_gate)
        {
            drained = _drained.Task;
        }

        await drained.WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            if (_firstFailure is { } failure)
            {
                _firstFailure = null;
                throw new KafkaException(failure);
            }
        }
    }

    private static TaskCompletionSource NewDrainedSource(bool completed)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            source.SetResult();
        }

        return source;
    }
}
