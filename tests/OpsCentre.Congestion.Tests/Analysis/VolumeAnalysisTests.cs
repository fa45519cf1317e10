using OpsCentre.Congestion.Analysis;
using OpsCentre.Congestion.Data.I94;
using OpsCentre.Congestion.Observations;
using OpsCentre.Tests;

namespace OpsCentre.Congestion.Tests.Analysis;

public class VolumeAnalysisTests
{
    private static readonly DateTimeOffset Monday = new(2017, 11, 6, 0, 0, 0, TimeSpan.FromHours(-6));

    [Fact]
    public void Holiday_volume_is_compared_with_the_same_weekday_nearby()
    {
        // Five Thursdays of 24 hours at 100 veh/h; the middle one is a holiday at 40 veh/h.
        var hours = Enumerable.Range(0, 5).SelectMany(week => Enumerable.Range(0, 24).Select(hour =>
            new HourlyVolume(Monday.AddDays(3 + 7 * week).AddHours(hour), week == 2 ? 40 : 100, week == 2 ? "Thanksgiving Day" : null, "Clear", 0, 0, 0))).ToList();

        var holiday = Assert.Single(VolumeAnalysis.Run(hours, DateRange.Unbounded).Holidays);

        Assert.Equal("Thanksgiving Day", holiday.Holiday);
        Assert.Equal(960, holiday.Volume);
        Assert.Equal(2400, holiday.TypicalVolume);
        Assert.Equal(4, holiday.ComparisonDays);
        Assert.Equal(-60, holiday.ChangePercent, 10);
    }

    [Fact]
    public void Days_with_missing_hours_are_left_out_of_daily_totals()
    {
        var hours = Enumerable.Range(0, 24 + 20).Select(h => new HourlyVolume(Monday.AddHours(h), 10, null, "Clear", 0, 0, 0)).ToList();

        var result = VolumeAnalysis.Run(hours, DateRange.Unbounded);

        Assert.Equal(240, Assert.Single(result.DailyVolume).Value);
        Assert.Equal(1, result.IncompleteDays);
    }

    [Fact]
    public void Real_I94_weekdays_peak_in_the_commute_and_holidays_are_quieter()
    {
        var data = I94VolumeLoader.Load(TestData.File("city", "traffic", "mndot-i94", I94VolumeLoader.FileName));

        var result = VolumeAnalysis.Run(data.Hours, new DateRange(new DateOnly(2016, 1, 1), new DateOnly(2018, 9, 30)));

        Assert.InRange(result.Peaks.WeekdayMorning!.HourOfDay, 6, 8);
        Assert.InRange(result.Peaks.WeekdayEvening!.HourOfDay, 15, 17);
        Assert.True(result.Peaks.WeekdayMorning.Value > 5000);
        Assert.True(result.Holidays.Count > 10);
        Assert.True(result.Holidays.Average(h => h.ChangePercent) < -10);
    }
}
