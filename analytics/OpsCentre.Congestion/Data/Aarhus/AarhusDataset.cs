using OpsCentre.Congestion.Network;
using OpsCentre.Congestion.Observations;

namespace OpsCentre.Congestion.Data.Aarhus;

/// <summary>
/// An Aarhus-style folder (trafficMetaData.csv plus trafficData{REPORT_ID}.csv files) loaded as a network history of
/// the segments that have observation files.
/// </summary>
public sealed record AarhusDataset(IReadOnlyList<AarhusSegment> Segments, NetworkHistory History, AarhusLoadCounts Counts)
{
    public static bool IsAarhusFolder(string folder) =>
        File.Exists(Path.Combine(folder, AarhusMetadataLoader.FileName))
        && Directory.EnumerateFiles(folder, AarhusObservationLoader.FilePattern).Any();

    /// <param name="progress">Receives the number of observation files read so far and the total.</param>
    public static AarhusDataset Load(
        string folder,
        DateRange? range = null,
        AarhusLoadOptions? options = null,
        RoadNetworkOptions? networkOptions = null,
        IProgress<(int Done, int Total)>? progress = null)
    {
        var metadataPath = Path.Combine(folder, AarhusMetadataLoader.FileName);
        if (!File.Exists(metadataPath))
        {
            throw new FileNotFoundException($"No {AarhusMetadataLoader.FileName} in {folder}.", metadataPath);
        }

        var segmentsById = AarhusMetadataLoader.Load(metadataPath).ToDictionary(s => s.ReportId, StringComparer.Ordinal);
        var files = Directory.GetFiles(folder, AarhusObservationLoader.FilePattern).Order(StringComparer.Ordinal).ToArray();
        var segments = new List<AarhusSegment>();
        var histories = new Dictionary<string, LinkHistory>(StringComparer.Ordinal);
        var counts = AarhusLoadCounts.None;
        for (var i = 0; i < files.Length; i++)
        {
            var file = AarhusObservationLoader.Load(files[i], options, range);
            counts = counts.Plus(file.Counts);
            if (!segmentsById.TryGetValue(file.ReportId, out var segment))
            {
                throw new InvalidDataException($"{files[i]}: segment {file.ReportId} is not in {AarhusMetadataLoader.FileName}.");
            }

            segments.Add(segment);
            histories[segment.ReportId] = LinkHistory.Create(segment.ReportId, segment.DistanceMeters, file.Observations);
            progress?.Report((i + 1, files.Length));
        }

        var network = RoadNetwork.Build(segments.Select(s => s.ToRoadLink()), networkOptions);
        return new AarhusDataset(segments, new NetworkHistory(network, histories), counts);
    }
}
