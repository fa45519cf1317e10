namespace OpsCentre.Assets.Health;

/// <summary>
/// "Now" for judging silence, per city topic of one partition: the latest observation time seen on the topic, moved
/// on by the wall clock for as long as nothing newer arrives. Observation time rather than the wall clock, so a
/// replay of last year's data at 600× does not find every asset silent for a year; moved on by the wall clock, so a
/// feed that dies still turns its assets offline. Per topic, because the consumer may be far further into one
/// topic's backlog than another's.
/// </summary>
internal sealed class StreamClock(TimeProvider wall)
{
    private readonly Dictionary<string, (DateTimeOffset Latest, long SeenAt)> _topics = new(StringComparer.Ordinal);

    public void Observe(string topic, DateTimeOffset observedAt)
    {
        if (!_topics.TryGetValue(topic, out var known) || observedAt > known.Latest)
        {
            _topics[topic] = (observedAt, wall.GetTimestamp());
        }
    }

    /// <summary>Stream time on <paramref name="topic"/>, or null before anything was seen on it.</summary>
    public DateTimeOffset? Now(string? topic) =>
        topic is not null && _topics.TryGetValue(topic, out var known) ? known.Latest + wall.GetElapsedTime(known.SeenAt) : null;
}
