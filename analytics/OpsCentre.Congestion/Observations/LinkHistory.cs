namespace OpsCentre.Congestion.Observations;

/// <summary>
/// The time-ordered observations of one link. Unusable readings are dropped and a repeated timestamp keeps only its
/// first reading, so replaying a stream (at-least-once delivery) does not double-count.
/// </summary>
public sealed class LinkHistory
{
    private readonly LinkObservation[] _observations;

    private LinkHistory(string linkId, double lengthMeters, LinkObservation[] observations)
    {
        LinkId = linkId;
        LengthMeters = lengthMeters;
        _observations = observations;
    }

    public string LinkId { get; }

    public double LengthMeters { get; }

    public IReadOnlyList<LinkObservation> Observations => _observations;

    public ReadOnlySpan<LinkObservation> Span => _observations;

    public int Count => _observations.Length;

    public static LinkHistory Create(string linkId, double lengthMeters, IEnumerable<LinkObservation> observations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(linkId);
        ArgumentNullException.ThrowIfNull(observations);
        if (!double.IsFinite(lengthMeters) || lengthMeters <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lengthMeters), lengthMeters, $"Link '{linkId}' must have a positive length.");
        }

        var usable = observations.Where(o => o.IsUsable);
        // A stable sort keeps the first of several readings with one timestamp first.
        var ordered = usable.OrderBy(o => o.Timestamp.UtcTicks).ToArray();
        var distinct = new List<LinkObservation>(ordered.Length);
        foreach (var observation in ordered)
        {
            if (distinct.Count == 0 || distinct[^1].Timestamp.UtcTicks != observation.Timestamp.UtcTicks)
            {
                distinct.Add(observation);
            }
        }

        return new LinkHistory(linkId, lengthMeters, distinct.ToArray());
    }

    /// <summary>The observations whose local calendar date falls in <paramref name="range"/>.</summary>
    public LinkHistory Within(DateRange range)
    {
        // Observations are in time order, so a history that starts and ends inside the range lies wholly inside it.
        if (_observations.Length == 0 || (range.Contains(_observations[0].Timestamp) && range.Contains(_observations[^1].Timestamp)))
        {
            return this;
        }

        return new LinkHistory(LinkId, LengthMeters, Array.FindAll(_observations, o => range.Contains(o.Timestamp)));
    }
}
