namespace OpsCentre.Congestion.Bottlenecks;

/// <summary>Every episode found, and the junctions ranked.</summary>
public sealed record BottleneckFindings(IReadOnlyList<BottleneckEpisode> Episodes, IReadOnlyList<BottleneckLocation> Locations);
