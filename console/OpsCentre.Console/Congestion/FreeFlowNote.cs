using System.Globalization;
using OpsCentre.Congestion.Measures;

namespace OpsCentre.Console.Congestion;

/// <summary>
/// How the free flow behind every index of a response was found, in words and counts, so a reader knows how far to
/// trust the indices: a city that has recorded no night yet has no quiet-hour free flow, and says so.
/// </summary>
public static class FreeFlowNote
{
    public static object Describe(RangeAnalysis analysis, CongestionOptions options)
    {
        var quiet = analysis.CountWith(FreeFlowBasis.QuietHours);
        var all = analysis.CountWith(FreeFlowBasis.AllReadings);
        var none = analysis.Links.Count - quiet - all;
        var free = options.FreeFlow;
        var hours = $"{free.QuietHoursStart:00}:00–{free.QuietHoursEnd:00}:00 {options.TimeZoneId}";
        var text = $"Free flow per link is the 85th-percentile speed of its {options.Interval.TotalMinutes:0}-minute intervals in quiet hours ({hours}) "
            + $"stored from {Iso(analysis.FreeFlowFrom)} to {Iso(analysis.Window.To)}.";
        if (all > 0)
        {
            text += $" {all} of {analysis.Links.Count} links have fewer than {free.MinimumQuietSamples} quiet-hour intervals stored, so their free flow is "
                + "the 85th-percentile speed of all their intervals (basis AllReadings): slower than true free flow on busy links, so their "
                + "indices understate congestion until a night has been recorded.";
        }

        if (none > 0)
        {
            text += $" {none} links have no stored intervals in that period, so no indices.";
        }

        text += " The road-link catalogue has no posted speed limits to fall back on.";
        return new
        {
            quietHours = hours,
            from = analysis.FreeFlowFrom,
            to = analysis.Window.To,
            quietHourLinks = quiet,
            allReadingsLinks = all,
            linksWithoutData = none,
            note = text,
        };
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
