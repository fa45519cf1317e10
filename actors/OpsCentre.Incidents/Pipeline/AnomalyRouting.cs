using System.Globalization;
using OpsCentre.Contracts.Assets;

namespace OpsCentre.Incidents.Pipeline;

/// <summary>
/// The key anomalies are published under on ops.anomalies.v1. Correlation needs every anomaly near another one in
/// the same place, but assets are spread over all partitions by asset id; re-keying anomalies by a coarse area
/// (a 0.25° grid cell, about 28 × 17 km at UK latitudes: one or two cells cover a city) sends a whole area's
/// anomalies to one partition and so to one correlator. Anomaly volume is tiny next to readings, so one
/// partition per area is plenty.
/// </summary>
public static class AnomalyRouting
{
    private const double CellDegrees = 0.25;

    public static string AreaKey(GeoPoint location)
    {
        var row = (int)Math.Floor((location.Lat + 90) / CellDegrees);
        var column = (int)Math.Floor((location.Lon + 180) / CellDegrees);
        return string.Create(CultureInfo.InvariantCulture, $"area-{row}-{column}");
    }
}
