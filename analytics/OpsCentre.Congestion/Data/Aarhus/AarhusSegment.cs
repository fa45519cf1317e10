using OpsCentre.Congestion.Geometry;
using OpsCentre.Congestion.Network;

namespace OpsCentre.Congestion.Data.Aarhus;

/// <summary>
/// A road segment of the Aarhus (CityPulse) Bluetooth travel-time system: vehicles are matched between two roadside
/// sensor points. <see cref="ReferenceSpeedKmh"/> is the operator's NDT_IN_KMH reference speed.
/// </summary>
public sealed record AarhusSegment(
    string ReportId,
    string ReportName,
    string FromStreet,
    string ToStreet,
    GeoPoint Start,
    GeoPoint End,
    double DistanceMeters,
    double ReferenceDurationSeconds,
    double ReferenceSpeedKmh,
    string RoadType)
{
    /// <summary>A straight link between the two sensor points, with the surveyed route distance as its length.</summary>
    public RoadLink ToRoadLink() => new(ReportId, Description, [Start, End], DistanceMeters);

    public string Description =>
        FromStreet == ToStreet || ToStreet.Length == 0 ? $"{FromStreet} ({ReportName})" : $"{FromStreet} → {ToStreet} ({ReportName})";
}
