namespace OpsCentre.Actors.Signals;

/// <summary>
/// A minimal hot <see cref="IObservable{T}"/>: observers see signals published after they subscribe, on the
/// publishing thread. Observer exceptions are caught and dropped so that a faulty subscriber (a console widget, a
/// log exporter) can never fail the actor whose tell or take raised the signal.
/// </summary>
internal sealed class SignalStream<T> : IObservable<T>
{
    private readonly Lock gate = new();
    private IObserver<T>[] observers = [];

    public bool HasObservers => Volatile.Read(ref observers).Length > 0;

    public IDisposable Subscribe(IObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        lock (gate)
        {
            observers = [.. observers, observer];
        }

        return new Subscription(this, observer);
    }

    public void Publish(T signal)
    {
        foreach (var observer in Volatile.Read(ref observers))
        {
            try
            {
                observer.OnNext(signal);
            }
            catch (Exception)
            {
                // See the class remarks: the publisher is an actor or a sender, not the observer's supervisor.
            }
        }
    }

    public void Complete()
    {
        IObserver<T>[] toComplete;
        lock (gate)
        {
            toComplete = observers;
            observers = [];
        }

        foreach (var observer in toComplete)
        {
            try
            {
                observer.OnCompleted();
            }
            catch (Exception)
            {
                // Same reason as in Publish.
            }
        }
    }

    private void Unsubscribe(IObserver<T> observer)
    {
        lock (gate)
        {
            observers = Array.FindAll(observers, o => !ReferenceEquals(o, observer));
        }
    }

    private sealed class Subscription(SignalStream<T> stream, IObserver<T> observer) : IDisposable
    {
        public void Dispose() => stream.Unsubscribe(observer);
    }
}
