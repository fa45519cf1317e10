using Confluent.Kafka;

namespace OpsCentre.Kafka.Publishing;

/// <summary>
/// Tracks one owner's (a partition's) messages in flight in generations, so the owner can checkpoint without
/// stopping: <see cref="Seal"/> closes the current generation and returns a task that completes when every
/// message published up to that moment is acknowledged by the cluster, while new messages join the next
/// generation. Generations complete in order: a seal's task never completes before an earlier seal's.
/// </summary>
public sealed class DeliveryTracker
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Generation> _open = [];
    private long _current;
    private Task _previousSeal = Task.CompletedTask;

    public long Pending
    {
        get
        {
            lock (_gate)
            {
                return _open.Values.Sum(g => g.Pending);
            }
        }
    }

    /// <summary>Records a message about to be produced; pass the returned generation to <see cref="Finished"/>.</summary>
    internal long Started()
    {
        lock (_gate)
        {
            if (!_open.TryGetValue(_current, out var generation))
            {
                generation = new Generation();
                _open[_current] = generation;
            }

            generation.Pending++;
            return _current;
        }
    }

    internal void Finished(long generationId, Error error)
    {
        lock (_gate)
        {
            var generation = _open[generationId];
            if (error.IsError)
            {
                generation.Failure ??= error;
            }

            if (--generation.Pending == 0 && generation.Sealed)
            {
                Complete(generationId, generation);
            }
        }
    }

    /// <summary>
    /// Closes the current generation. The task completes once all its messages (and all earlier generations') are
    /// delivered, and faults with the first delivery error if any of them failed.
    /// </summary>
    public Task Seal()
    {
        lock (_gate)
        {
            var id = _current++;
            Task own;
            if (_open.TryGetValue(id, out var generation))
            {
                generation.Sealed = true;
                own = generation.Done.Task;
                if (generation.Pending == 0)
                {
                    Complete(id, generation);
                }
            }
            else
            {
                own = Task.CompletedTask;
            }

            var previous = _previousSeal;
            _previousSeal = previous.IsCompletedSuccessfully && own.IsCompletedSuccessfully ? Task.CompletedTask : WhenBoth(previous, own);
            return _previousSeal;
        }
    }

    /// <summary>Seals and waits: everything published so far is delivered, or this throws the first failure.</summary>
    public Task WaitAllDeliveredAsync(CancellationToken cancellationToken) => Seal().WaitAsync(cancellationToken);

    private static async Task WhenBoth(Task previous, Task own)
    {
        await previous.ConfigureAwait(false);
        await own.ConfigureAwait(false);
    }

    private void Complete(long id, Generation generation)
    {
        _open.Remove(id);
        if (generation.Failure is { } failure)
        {
            generation.Done.TrySetException(new KafkaException(failure));
        }
        else
        {
            generation.Done.TrySetResult();
        }
    }

    private sealed class Generation
    {
        public long Pending { get; set; }

        public bool Sealed { get; set; }

        public Error? Failure { get; set; }

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
