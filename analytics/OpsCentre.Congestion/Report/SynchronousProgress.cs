namespace OpsCentre.Congestion.Report;

/// <summary>
/// Forwards reports on the reporting thread. <see cref="Progress{T}"/> would post them to the thread pool, where they
/// can arrive out of order or after generation has finished.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
