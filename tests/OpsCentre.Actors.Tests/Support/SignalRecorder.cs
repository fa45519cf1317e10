using System.Collections.Concurrent;

namespace OpsCentre.Actors.Tests.Support;

/// <summary>Collects signals from an observable and lets a test await one matching a condition.</summary>
public sealed class SignalRecorder<T> : IObserver<T>
{
    private readonly ConcurrentQueue<T> received = new();
    private readonly Lock gate = new();
    private readonly List<(Func<T, bool> Match, TaskCompletionSource<T> Done)> waiters = [];

    public IReadOnlyList<T> Received => [.. received];

    public Task<T> WaitForAsync(Func<T, bool> match)
    {
        lock (gate)
        {
            foreach (var signal in received)
            {
                if (match(signal))
                {
                    return Task.FromResult(signal);
                }
            }

            var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((match, done));
            return done.Task.Within();
        }
    }

    public void OnNext(T value)
    {
        lock (gate)
        {
            received.Enqueue(value);
            foreach (var waiter in waiters.Where(w => w.Match(value)).ToArray())
            {
                waiters.Remove(waiter);
                waiter.Done.TrySetResult(value);
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
