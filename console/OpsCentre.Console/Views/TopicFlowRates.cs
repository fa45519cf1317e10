namespace OpsCentre.Console.Views;

/// <summary>
/// Turns two readings of end offsets into messages per second. A topic whose total went down (the cluster was
/// replaced, e.g. an embedded one after a restart) or that is new restarts at zero rather than showing a negative or a
/// spike.
/// </summary>
public static class TopicFlowRates
{
    public static IReadOnlyList<TopicFlow> Between(IReadOnlyList<TopicOffsets>? before, IReadOnlyList<TopicOffsets> now, TimeSpan elapsed)
    {
        var previous = before?.ToDictionary(t => t.Topic, StringComparer.Ordinal) ?? [];
        return [.. now.Select(t =>
        {
            var rate = previous.TryGetValue(t.Topic, out var earlier) && elapsed > TimeSpan.Zero && t.EndOffsetTotal >= earlier.EndOffsetTotal
                ? Math.Round((t.EndOffsetTotal - earlier.EndOffsetTotal) / elapsed.TotalSeconds, 1)
                : 0;
            return new TopicFlow(t.Topic, t.Partitions, t.EndOffsetTotal, rate);
        })];
    }
}
