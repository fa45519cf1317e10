using OpsCentre.Congestion.Network;

namespace OpsCentre.Congestion.Observations;

/// <summary>A road network and the observed history of (some of) its links: the input to batch analytics.</summary>
public sealed record NetworkHistory(RoadNetwork Network, IReadOnlyDictionary<string, LinkHistory> Links)
{
    public NetworkHistory Within(DateRange range) =>
        this with { Links = Links.ToDictionary(l => l.Key, l => l.Value.Within(range)) };
}
