namespace OpsCentre.Detection.Nab;

/// <summary>The outcome of a corpus run: scores under every profile, throughput, and notes for the user.</summary>
public sealed record NabRunReport(
    string Detector,
    string CorpusRoot,
    int FileCount,
    int WindowCount,
    long PointCount,
    TimeSpan DetectionTime,
    IReadOnlyList<NabProfileScore> Profiles,
    string? OutputDirectory,
    IReadOnlyList<string> Notes)
{
    public double PointsPerSecond => DetectionTime > TimeSpan.Zero ? PointCount / DetectionTime.TotalSeconds : 0;

    public NabProfileScore Profile(NabProfile profile) => Profiles.Single(p => p.Profile == profile);
}
