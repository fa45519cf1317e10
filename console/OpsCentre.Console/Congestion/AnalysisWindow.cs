using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace OpsCentre.Console.Congestion;

/// <summary>
/// The period a request asks about, [<see cref="From"/>, <see cref="To"/>), read from its "from" and "to" query
/// parameters: ISO 8601 date-times (UTC when no offset is given) or dates. A date as "to" means the end of that day,
/// so from=2026-11-02&amp;to=2026-11-02 is the whole of 2 November (UTC, as the console reads time). Without "to" the
/// window ends now; without "from" it is <see cref="CongestionOptions.DefaultRange"/> long.
/// </summary>
public sealed record AnalysisWindow(DateTimeOffset From, DateTimeOffset To)
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    public TimeSpan Length => To - From;

    /// <returns>The window, or the error a 400 should carry (naming the parameter and what was wrong).</returns>
    public static (AnalysisWindow? Window, string? Error) Parse(IQueryCollection query, CongestionOptions options, DateTimeOffset now)
    {
        var to = now;
        if (query.TryGetValue("to", out var toText) && !TryParse(toText.ToString(), endOfDay: true, out to))
        {
            return (null, $"to: '{toText}' is not an ISO 8601 date (2026-11-02) or date-time (2026-11-02T08:00:00Z)");
        }

        var from = to - options.DefaultRange;
        if (query.TryGetValue("from", out var fromText) && !TryParse(fromText.ToString(), endOfDay: false, out from))
        {
            return (null, $"from: '{fromText}' is not an ISO 8601 date (2026-11-02) or date-time (2026-11-02T08:00:00Z)");
        }

        if (from >= to)
        {
            return (null, $"from ({Show(from)}) must be before to ({Show(to)})");
        }

        if (to - from > options.MaxRange)
        {
            return (null, $"the range {Show(from)} to {Show(to)} is {(to - from).TotalDays:0.#} days long; at most {options.MaxRange.TotalDays:0.#} days may be asked for at once");
        }

        return (new AnalysisWindow(from, to), null);
    }

    private static bool TryParse(string text, bool endOfDay, out DateTimeOffset value)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            value = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(endOfDay ? 1 : 0);
            return true;
        }

        return DateTimeOffset.TryParseExact(
            text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }

    private static string Show(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
