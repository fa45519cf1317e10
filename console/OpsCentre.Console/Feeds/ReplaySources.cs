using OpsCentre.Ingest.Assets;
using OpsCentre.Ingest.Replay;

namespace OpsCentre.Console.Feeds;

/// <summary>The real data files a node can replay, by the names the command line uses.</summary>
public static class ReplaySources
{
    public static IReadOnlyList<string> Names { get; } = ["nab-traffic", "aarhus", "i94", "barcelona-air"];

    public static IReplaySource Create(string name, string dataRoot, IAssetDirectory assets) => name switch
    {
        "nab-traffic" => new NabTrafficReplaySource(new NabReplayOptions(Path.Combine(dataRoot, "nab", "data", "realTraffic")), assets),
        "aarhus" => new AarhusTrafficReplaySource(new AarhusReplayOptions(Path.Combine(dataRoot, "city", "traffic", "aarhus"))),
        "i94" => new I94TrafficReplaySource(new I94ReplayOptions(Path.Combine(dataRoot, "city", "traffic", "mndot-i94", "Metro_Interstate_Traffic_Volume.csv")), assets),
        "barcelona-air" => new BarcelonaAirReplaySource(new BarcelonaAirReplayOptions(Path.Combine(dataRoot, "city", "air", "barcelona"))),
        _ => throw new ArgumentException($"unknown replay source '{name}'; choose from {string.Join(", ", Names)}", nameof(name)),
    };
}
