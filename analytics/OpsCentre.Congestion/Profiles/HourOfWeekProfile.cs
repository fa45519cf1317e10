using OpsCentre.Congestion.Statistics;

namespace OpsCentre.Congestion.Profiles;

/// <summary>A measure (TTI, volume, ...) summarised for each of the 168 hours of the week.</summary>
public sealed class HourOfWeekProfile
{
    private HourOfWeekProfile(HourOfWeekBin[] bins) => Bins = bins;

    /// <summary>Always 168 bins, index = hour of week (Monday 00:00 = 0).</summary>
    public IReadOnlyList<HourOfWeekBin> Bins { get; }

    public HourOfWeekBin this[int hourOfWeek] => Bins[hourOfWeek];

    public int TotalCount => Bins.Sum(b => b.Count);

    public static HourOfWeekProfile FromBins(IReadOnlyList<HourOfWeekBin> bins)
    {
        if (bins.Count != HourOfWeek.Count || bins.Select((b, i) => b.HourOfWeek != i).Any(mismatch => mismatch))
        {
            throw new ArgumentException("A profile needs exactly 168 bins in hour-of-week order.", nameof(bins));
        }

        return new HourOfWeekProfile(bins.ToArray());
    }

    /// <summary>Collects values and computes exact medians and quartiles per hour of week.</summary>
    public sealed class Builder
    {
        private readonly List<double>[] _values = Enumerable.Range(0, HourOfWeek.Count).Select(_ => new List<double>()).ToArray();

        public void Add(DateTimeOffset timestamp, double value)
        {
            if (double.IsFinite(value))
            {
                _values[HourOfWeek.Of(timestamp)].Add(value);
            }
        }

        public HourOfWeekProfile Build()
        {
            var bins = new HourOfWeekBin[HourOfWeek.Count];
            for (var hour = 0; hour < bins.Length; hour++)
            {
                var values = _values[hour].ToArray();
                Array.Sort(values);
                bins[hour] = new HourOfWeekBin(
                    hour,
                    values.Length,
                    Percentile.OfSorted(values, 0.5),
                    Percentile.OfSorted(values, 0.25),
                    Percentile.OfSorted(values, 0.75));
            }

            return new HourOfWeekProfile(bins);
        }
    }
}
