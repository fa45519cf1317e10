using System.Globalization;

namespace OpsCentre.Ingest.Replay;

/// <summary>
/// Turns the local wall-clock timestamps real files use into instants. In a spring-forward gap (a time that never
/// happened) the offset from before the change is used; in a fall-back overlap (a time that happened twice) the
/// first occurrence (summer time) is taken. Sources then drop any row that does not move time forward.
/// One instance per file being read: it remembers the last hour's offset, since consecutive rows share it.
/// </summary>
internal sealed class LocalTimes(TimeZoneInfo zone)
{
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm"];

    private DateTime _cachedHour = DateTime.MinValue;
    private TimeSpan _cachedOffset;

    public static TimeZoneInfo Zone(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
            ? zone
            : throw new ArgumentException($"time zone '{timeZoneId}' is not known on this machine", nameof(timeZoneId));

    public DateTimeOffset? Parse(string text)
    {
        if (!TryParseLocal(text.AsSpan().Trim(), out var local))
        {
            return null;
        }

        var hour = new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0);
        if (hour != _cachedHour)
        {
            // Cache only hours wholly on one side of a transition; transition hours are resolved each time.
            var offset = OffsetOf(local);
            if (!zone.IsInvalidTime(hour) && !zone.IsAmbiguousTime(hour) && !zone.IsInvalidTime(hour.AddMinutes(59)) && !zone.IsAmbiguousTime(hour.AddMinutes(59)))
            {
                (_cachedHour, _cachedOffset) = (hour, offset);
            }
            else
            {
                return new DateTimeOffset(local, offset).ToUniversalTime();
            }
        }

        return new DateTimeOffset(local, _cachedOffset).ToUniversalTime();
    }

    private TimeSpan OffsetOf(DateTime local)
    {
        if (zone.IsInvalidTime(local))
        {
            return zone.GetUtcOffset(local.AddHours(-2));
        }

        return zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
    }

    /// <summary>"yyyy-MM-dd HH:mm[:ss]" (space or T) read digit by digit, the general parser as a fallback.</summary>
    private static bool TryParseLocal(ReadOnlySpan<char> text, out DateTime local)
    {
        if (text.Length is 16 or 19 && text[4] == '-' && text[7] == '-' && text[10] is ' ' or 'T' && text[13] == ':'
            && (text.Length == 16 || text[16] == ':')
            && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(text[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(text[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(text[11..13], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            && int.TryParse(text[14..16], NumberStyles.None, CultureInfo.InvariantCulture, out var minute))
        {
            var second = 0;
            if ((text.Length == 16 || int.TryParse(text[17..19], NumberStyles.None, CultureInfo.InvariantCulture, out second))
                && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && hour < 24 && minute < 60 && second < 60)
            {
                local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
                return true;
            }
        }

        return DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local);
    }
}
