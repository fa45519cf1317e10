using System.Globalization;

namespace OpsCentre.Alerts.Cap;

/// <summary>
/// CAP times: "2026-11-03T08:00:00+01:00", whole seconds, an explicit offset, and never "Z" (CAP 1.2 §3.3.2 writes
/// UTC as "-00:00").
/// </summary>
public static class CapTime
{
    public static string Format(DateTimeOffset time)
    {
        var seconds = new DateTimeOffset(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, time.Offset);
        var text = seconds.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return time.Offset == TimeSpan.Zero ? text[..^6] + "-00:00" : text;
    }

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None);
}
