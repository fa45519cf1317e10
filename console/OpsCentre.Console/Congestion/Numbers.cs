namespace OpsCentre.Console.Congestion;

/// <summary>Rounding for the API and exports: JSON has no NaN, so a measure that cannot be computed is null.</summary>
internal static class Numbers
{
    public static double? Round(double value, int decimals) => double.IsFinite(value) ? Math.Round(value, decimals) : null;

    public static double? Round(double? value, int decimals) => value is { } v ? Round(v, decimals) : null;
}
