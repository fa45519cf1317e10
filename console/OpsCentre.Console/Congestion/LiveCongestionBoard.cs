using System.Collections.Concurrent;
using OpsCentre.Congestion.Streaming;

namespace OpsCentre.Console.Congestion;

/// <summary>
/// The streaming congestion state of the links whose partitions this node owns, as of the last durable checkpoint
/// (so the open-data feed never shows a state the store could lose). Links owned elsewhere are absent.
/// </summary>
public sealed class LiveCongestionBoard
{
    private readonly ConcurrentDictionary<string, LinkCongestionState> _states = new(StringComparer.Ordinal);

    public int Count => _states.Count;

    public void Publish(LinkCongestionState state) => _states[state.LinkId] = state;

    public void Forget(IEnumerable<string> linkIds)
    {
        foreach (var linkId in linkIds)
        {
            _states.TryRemove(linkId, out _);
        }
    }

    public bool TryGet(string linkId, out LinkCongestionState state) => _states.TryGetValue(linkId, out state!);
}
