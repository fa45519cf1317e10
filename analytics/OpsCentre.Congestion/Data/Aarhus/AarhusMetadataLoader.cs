using CsvHelper;
using OpsCentre.Congestion.Geometry;

namespace OpsCentre.Congestion.Data.Aarhus;

/// <summary>Reads trafficMetaData.csv: one row per segment with its two sensor points.</summary>
public static class AarhusMetadataLoader
{
    public const string FileName = "trafficMetaData.csv";

    public static IReadOnlyList<AarhusSegment> Load(string path)
    {
        using var csv = CsvFiles.OpenWithHeader(path);
        var segments = new List<AarhusSegment>();
        while (csv.Read())
        {
            var reportId = csv.GetField("REPORT_ID") ?? string.Empty;
            try
            {
                segments.Add(new AarhusSegment(
                    reportId,
                    csv.GetField("REPORT_NAME") ?? string.Empty,
                    csv.GetField("POINT_1_STREET") ?? string.Empty,
                    csv.GetField("POINT_2_STREET") ?? string.Empty,
                    new GeoPoint(csv.GetField<double>("POINT_1_LAT"), csv.GetField<double>("POINT_1_LNG")),
                    new GeoPoint(csv.GetField<double>("POINT_2_LAT"), csv.GetField<double>("POINT_2_LNG")),
                    csv.GetField<double>("DISTANCE_IN_METERS"),
                    csv.GetField<double>("DURATION_IN_SEC"),
                    csv.GetField<double>("NDT_IN_KMH"),
                    csv.GetField("ROAD_TYPE") ?? string.Empty));
            }
            catch (Exception ex) when (ex is CsvHelperException or ArgumentException)
            {
                throw new InvalidDataException($"{path}: segment '{reportId}' on line {csv.Parser.RawRow} is malformed: {ex.Message}", ex);
            }
        }

        return segments;
    }
}
