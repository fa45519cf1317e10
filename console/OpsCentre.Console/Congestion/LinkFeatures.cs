using System.Text.Json.Nodes;
using OpsCentre.Congestion.Measures;
using OpsCentre.Congestion.Network;

namespace OpsCentre.Console.Congestion;

/// <summary>
/// The links table as a GeoJSON FeatureCollection (what Leaflet draws): each link's geometry with its indices over
/// the window and its latest interval. Links without data in the window are kept, with null measures, so a map can
/// show them as "no data" rather than lose them.
/// </summary>
public static class LinkFeatures
{
    public static JsonObject Collection(RangeAnalysis analysis, CongestionOptions options)
    {
        var features = new JsonArray();
        foreach (var link in analysis.Links)
        {
            features.Add(Feature(link));
        }

        return new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["from"] = analysis.Window.From,
            ["to"] = analysis.Window.To,
            ["intervalMinutes"] = options.Interval.TotalMinutes,
            ["congestedTravelTimeIndex"] = options.CongestedTravelTimeIndex,
            ["freeFlow"] = System.Text.Json.JsonSerializer.SerializeToNode(FreeFlowNote.Describe(analysis, options)),
            ["features"] = features,
        };
    }

    public static JsonObject Geometry(RoadLink link) => new()
    {
        ["type"] = "LineString",
        ["coordinates"] = new JsonArray([.. link.Polyline.Select(p => (JsonNode)new JsonArray(Math.Round(p.Longitude, 6), Math.Round(p.Latitude, 6)))]),
    };

    private static JsonObject Feature(LinkRange range)
    {
        var indices = range.Indices;
        var freeFlow = range.FreeFlow;
        var latest = range.Latest;
        var properties = new JsonObject
        {
            ["linkId"] = range.Link.Id,
            ["name"] = range.Link.Name,
            ["lengthMetres"] = Math.Round(range.Link.LengthMeters),
            ["intervals"] = range.Intervals.Count,
            ["freeFlowBasis"] = freeFlow?.Basis.ToString(),
            ["freeFlowSpeedKmh"] = Numbers.Round(freeFlow?.SpeedKmh, 1),
            ["freeFlowTravelTimeSeconds"] = Numbers.Round(freeFlow?.TravelTimeSeconds, 1),
            ["meanSpeedKmh"] = Numbers.Round(indices?.MeanSpeedKmh, 1),
            ["meanTravelTimeSeconds"] = Numbers.Round(indices?.MeanTravelTimeSeconds, 1),
            ["travelTimeIndex"] = Numbers.Round(indices?.TravelTimeIndex, 3),
            ["planningTimeIndex"] = Numbers.Round(indices?.PlanningTimeIndex, 3),
            ["bufferIndex"] = Numbers.Round(indices?.BufferIndex, 3),
            ["congestionLevelPercent"] = Numbers.Round(indices?.CongestionLevelPercent, 1),
            ["congestedShare"] = Numbers.Round(indices?.CongestedShare, 3),
            ["vehicleHoursOfDelay"] = Numbers.Round(indices?.VehicleHoursOfDelay, 2),
        };
        if (latest is not null)
        {
            double? tti = freeFlow is null ? null : TravelTimeMeasures.TravelTimeIndex(latest.MeanTravelTimeSeconds, freeFlow.TravelTimeSeconds);
            double? level = freeFlow is null ? null : TravelTimeMeasures.CongestionLevelPercent(latest.MeanTravelTimeSeconds, freeFlow.TravelTimeSeconds);
            properties["latest"] = new JsonObject
            {
                ["start"] = latest.Start,
                ["end"] = latest.End,
                ["speedKmh"] = Numbers.Round(latest.MeanSpeedKmh, 1),
                ["travelTimeSeconds"] = Numbers.Round(latest.MeanTravelTimeSeconds, 1),
                ["travelTimeIndex"] = Numbers.Round(tti, 3),
                ["congestionLevelPercent"] = Numbers.Round(level, 1),
            };
        }

        return new JsonObject
        {
            ["type"] = "Feature",
            ["id"] = range.Link.Id,
            ["geometry"] = Geometry(range.Link),
            ["properties"] = properties,
        };
    }
}
