namespace OpsCentre.Congestion.Statistics;

/// <summary>
/// The 168 hours of a week, numbered from Monday 00:00–00:59 (0) to Sunday 23:00–23:59 (167), ISO-8601 week order,
/// taken from the local clock time of a timestamp.
/// </summary>
public static class HourOfWeek
{
    public const int Count = 168;

    private static readonly string[] DayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public static int Of(DateTimeOffset timestamp) => Of(timestamp.DateTime);

    public static int Of(DateTime localTime) => IsoDayIndex(localTime.DayOfWeek) * 24 + localTime.Hour;

    /// <summary>0 for Monday through 6 for Sunday.</summary>
    public static int IsoDayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    public static DayOfWeek DayOf(int hourOfWeek) => (DayOfWeek)((Validate(hourOfWeek) / 24 + 1) % 7);

    public static int HourOf(int hourOfWeek) => Validate(hourOfWeek) % 24;

    public static string DayName(int isoDayIndex) => DayNames[isoDayIndex];

    /// <summary>"Mon 08:00" style label.</summary>
    public static string Label(int hourOfWeek) => $"{DayNames[Validate(hourOfWeek) / 24]} {hourOfWeek % 24:00}:00";

    private static int Validate(int hourOfWeek) =>
        hourOfWeek is >= 0 and < Count
            ? hourOfWeek
            : throw new ArgumentOutOfRangeException(nameof(hourOfWeek), hourOfWeek, "Hour of week must be within [0, 167].");
}
