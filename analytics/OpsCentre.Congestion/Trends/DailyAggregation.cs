namespace OpsCentre.Congestion.Trends;

/// <summary>
/// Folds timestamped values into local calendar days as they are added (a month of readings for a thousand links
/// never has to be held as samples first).
/// </summary>
public sealed class DailyAggregation
{
    private readonly Dictionary<DateOnly, (double Sum, int Count)> _days = [];

    public void Add(DateTimeOffset timestamp, double value)
    {
        if (!double.IsFinite(value))
        {
            return;
        }

        var day = DateOnly.FromDateTime(timestamp.DateTime);
        _days.TryGetValue(day, out var acc);
        _days[day] = (acc.Sum + value, acc.Count + 1);
    }

    /// <summary>Each day's total, in date order.</summary>
    public IReadOnlyList<DailyValue> Sums() => Fold((sum, _) => sum);

    /// <summary>Each day's mean, in date order.</summary>
    public IReadOnlyList<DailyValue> Means() => Fold((sum, count) => sum / count);

    public static IReadOnlyList<DailyValue> Sum(IEnumerable<(DateTimeOffset Timestamp, double Value)> samples) => Of(samples).Sums();

    public static IReadOnlyList<DailyValue> Mean(IEnumerable<(DateTimeOffset Timestamp, double Value)> samples) => Of(samples).Means();

    private static DailyAggregation Of(IEnumerable<(DateTimeOffset Timestamp, double Value)> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var aggregation = new DailyAggregation();
        foreach (var (timestamp, value) in samples)
        {
            aggregation.Add(timestamp, value);
        }

        return aggregation;
    }

    private List<DailyValue> Fold(Func<double, int, double> finish) =>
        _days.OrderBy(d => d.Key).Select(d => new DailyValue(d.Key, finish(d.Value.Sum, d.Value.Count), d.Value.Count)).ToList();
}
