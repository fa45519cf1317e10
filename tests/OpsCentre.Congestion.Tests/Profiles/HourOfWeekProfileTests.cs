using OpsCentre.Congestion.Profiles;

namespace OpsCentre.Congestion.Tests.Profiles;

public class HourOfWeekProfileTests
{
    [Fact]
    public void Each_bin_holds_median_and_quartiles_of_its_hour()
    {
        var builder = new HourOfWeekProfile.Builder();
        // Tuesday 08:xx over four weeks: 1, 2, 3, 100 (an incident) — the median ignores the outlier.
        var tuesdayEight = Series.Monday.AddDays(1).AddHours(8);
        foreach (var (week, value) in new[] { (0, 1.0), (1, 2.0), (2, 3.0), (3, 100.0) })
        {
            builder.Add(tuesdayEight.AddDays(7 * week).AddMinutes(10), value);
        }

        var profile = builder.Build();
        var bin = profile[32];

        Assert.Equal(168, profile.Bins.Count);
        Assert.Equal(4, bin.Count);
        Assert.Equal(2.5, bin.Median, 10);
        Assert.Equal(1.75, bin.LowerQuartile, 10);
        Assert.Equal(27.25, bin.UpperQuartile, 10);
        Assert.False(profile[33].HasData);
        Assert.True(double.IsNaN(profile[33].Median));
    }

    [Fact]
    public void Daily_rhythm_and_peaks_separate_weekdays_from_weekends()
    {
        var builder = new HourOfWeekProfile.Builder();
        for (var day = 0; day < 7; day++)
        {
            for (var hour = 0; hour < 24; hour++)
            {
                var weekday = day < 5;
                var value = weekday && hour == 8 ? 3.0 : weekday && hour == 17 ? 4.0 : !weekday && hour == 13 ? 2.0 : 1.0;
                builder.Add(Series.Monday.AddDays(day).AddHours(hour), value);
            }
        }

        var peaks = PeakHours.From(DailyRhythm.From(builder.Build()));

        Assert.Equal(new PeakHour(8, 3.0), peaks.WeekdayMorning);
        Assert.Equal(new PeakHour(17, 4.0), peaks.WeekdayEvening);
        Assert.Equal(new PeakHour(13, 2.0), peaks.Weekend);
    }

    [Fact]
    public void A_profile_must_have_168_bins_in_order() =>
        Assert.Throws<ArgumentException>(() => HourOfWeekProfile.FromBins([new HourOfWeekBin(0, 1, 1, 1, 1)]));
}
