namespace OpsCentre.Congestion.Trends;

/// <summary>Day-over-day and week-over-week change of a daily series.</summary>
public static class DailyChangeCalculator
{
    public static IReadOnlyList<DailyChange> Calculate(IEnumerable<DailyValue> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var byDay = new SortedDictionary<DateOnly, double>();
        foreach (var day in days)
        {
            if (!byDay.TryAdd(day.Day, day.Value))
            {
                throw new ArgumentException($"Day {day.Day:yyyy-MM-dd} appears more than once.", nameof(days));
            }
        }

        return byDay
            .Select(entry => new DailyChange(
                entry.Key,
                entry.Value,
                ChangePercent(entry.Value, byDay, entry.Key.AddDays(-1)),
                ChangePercent(entry.Value, byDay, entry.Key.AddDays(-7))))
            .ToList();
    }

    private static double? ChangePercent(double value, SortedDictionary<DateOnly, double> byDay, DateOnly reference) =>
        byDay.TryGetValue(reference, out var before) && before != 0 ? (value - before) / before * 100 : null;
}
