namespace OpsCentre.Console.Node;

/// <summary>Which city feed a node starts in-process.</summary>
public enum FeedMode
{
    /// <summary>The seeded Bristol simulator with injected incidents: history first, then live.</summary>
    Simulate,

    /// <summary>Real data files (NAB traffic, Aarhus, I-94, Barcelona air) replayed faster than recorded.</summary>
    Replay,

    /// <summary>No feed: readings come from producers elsewhere (other nodes, field gateways, opscentre simulate/replay).</summary>
    None,
}
