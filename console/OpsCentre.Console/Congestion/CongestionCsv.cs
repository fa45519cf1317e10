using System.Globalization;
using System.Text;
using OpsCentre.Congestion.Measures;

namespace OpsCentre.Console.Congestion;

/// <summary>
/// The links table and a link's interval series as CSV (RFC 4180, UTF-8, invariant numbers, UTC times), for the
/// spreadsheets traffic teams report in.
/// </summary>
public static class CongestionCsv
{
    public static string Links(RangeAnalysis analysis)
    {
        var csv = new StringBuilder();
        Row(csv, "link_id", "name", "length_m", "intervals", "free_flow_basis", "free_flow_speed_kmh", "free_flow_travel_time_s",
            "mean_speed_kmh", "mean_travel_time_s", "travel_time_index", "planning_time_index", "buffer_index",
            "congestion_level_pct", "congested_share", "vehicle_hours_of_delay");
        foreach (var link in analysis.Links)
        {
            var (ff, ix) = (link.FreeFlow, link.Indices);
            Row(csv, link.Link.Id, link.Link.Name, Number(link.Link.LengthMeters, 0), link.Intervals.Count.ToString(CultureInfo.InvariantCulture),
                ff?.Basis.ToString() ?? "", Number(ff?.SpeedKmh, 1), Number(ff?.TravelTimeSeconds, 1),
                Number(ix?.MeanSpeedKmh, 1), Number(ix?.MeanTravelTimeSeconds, 1), Number(ix?.TravelTimeIndex, 3), Number(ix?.PlanningTimeIndex, 3),
                Number(ix?.BufferIndex, 3), Number(ix?.CongestionLevelPercent, 1), Number(ix?.CongestedShare, 3), Number(ix?.VehicleHoursOfDelay, 2));
        }

        return csv.ToString();
    }

    public static string Series(LinkRange link)
    {
        var csv = new StringBuilder();
        Row(csv, "link_id", "interval_start_utc", "interval_end_utc", "readings", "speed_kmh", "travel_time_s", "flow_vph", "vehicles", "travel_time_index");
        foreach (var interval in link.Intervals)
        {
            double? tti = link.FreeFlow is { } ff ? TravelTimeMeasures.TravelTimeIndex(interval.MeanTravelTimeSeconds, ff.TravelTimeSeconds) : null;
            Row(csv, link.Link.Id, Time(interval.Start), Time(interval.End), interval.Readings.ToString(CultureInfo.InvariantCulture),
                Number(interval.MeanSpeedKmh, 1), Number(interval.MeanTravelTimeSeconds, 1), Number(interval.MeanFlowVehiclesPerHour, 1),
                Number(interval.Vehicles, 1), Number(tti, 3));
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, params string[] cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }

    private static string Cell(string value)
    {
        // A cell a spreadsheet would run as a formula is defused with a leading apostrophe (OWASP CSV injection).
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]) && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    private static string Number(double? value, int decimals) =>
        Numbers.Round(value, decimals)?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
