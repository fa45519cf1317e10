namespace OpsCentre.Storage.Congestion;

/// <summary>
/// Where link intervals live. Writes replace by (link, interval start), so writing the same interval again after a
/// replay leaves one row with the latest aggregate, never a second count.
/// </summary>
public interface ILinkIntervalStore
{
    /// <summary>Upserts every interval in one transaction: when the task completes they are durable together.</summary>
    Task WriteAsync(IReadOnlyCollection<LinkInterval> intervals, CancellationToken cancellationToken);

    /// <summary>The link's newest <paramref name="count"/> intervals, oldest first (what a restarted stage resumes from).</summary>
    Task<IReadOnlyList<LinkInterval>> LatestAsync(string linkId, int count, CancellationToken cancellationToken);

    /// <summary>Intervals starting in [<paramref name="from"/>, <paramref name="to"/>), of one link or (null) every link, ordered by link then start.</summary>
    Task<IReadOnlyList<LinkInterval>> RangeAsync(string? linkId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
