using System.Globalization;

namespace OpsCentre.Congestion.Report;

/// <summary>Invariant-culture text for table cells; a missing value (NaN, null) is an empty cell, not "NaN".</summary>
internal static class Cells
{
    public static string Number(double value, int decimals = 2) =>
        double.IsFinite(value) ? Math.Round(value, decimals).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture) : "";

    public static string Number(double? value, int decimals = 2) => value is { } v ? Number(v, decimals) : "";

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
