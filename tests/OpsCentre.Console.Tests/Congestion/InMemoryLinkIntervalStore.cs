using OpsCentre.Storage.Congestion;

namespace OpsCentre.Console.Tests.Congestion;

/// <summary>
/// The interval store's contract in memory, with a gate a test can hold shut (to see that a checkpoint waits for the
/// write) or make fail (to see that a failed write fails the checkpoint).
/// </summary>
internal sealed class InMemoryLinkIntervalStore : ILinkIntervalStore
{
    private readonly Dictionary<(string, DateTimeOffset), LinkInterval> _rows = [];

    public TaskCompletionSource? Gate { get; set; }

    public Exception? Failure { get; set; }

    public int Writes { get; private set; }

    public IReadOnlyList<LinkInterval> All => [.. _rows.Values.OrderBy(i => i.LinkId, StringComparer.Ordinal).ThenBy(i => i.Start)];

    public async Task WriteAsync(IReadOnlyCollection<LinkInterval> intervals, CancellationToken cancellationToken)
    {
        if (Gate is { } gate)
        {
            await gate.Task;
        }

        if (Failure is { } failure)
        {
            throw failure;
        }

        foreach (var interval in intervals)
        {
            _rows[(interval.LinkId, interval.Start)] = interval;
        }

        Writes++;
    }

    public Task<IReadOnlyList<LinkInterval>> LatestAsync(string linkId, int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LinkInterval>>([.. All.Where(i => i.LinkId == linkId).TakeLast(count)]);

    public Task<IReadOnlyList<LinkInterval>> RangeAsync(string? linkId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LinkInterval>>([.. All.Where(i => (linkId is null || i.LinkId == linkId) && i.Start >= from && i.Start < to)]);
}
