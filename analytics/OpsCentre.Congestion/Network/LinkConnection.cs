namespace OpsCentre.Congestion.Network;

/// <summary>Traffic leaving <see cref="UpstreamLinkId"/> can enter <see cref="DownstreamLinkId"/>.</summary>
/// <param name="GapMeters">Distance between the upstream end point and the downstream start point.</param>
public sealed record LinkConnection(string UpstreamLinkId, string DownstreamLinkId, double GapMeters);
