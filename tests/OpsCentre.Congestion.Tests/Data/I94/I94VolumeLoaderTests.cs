using OpsCentre.Congestion.Data.I94;
using OpsCentre.Congestion.Observations;
using OpsCentre.Tests;

namespace OpsCentre.Congestion.Tests.Data.I94;

public class I94VolumeLoaderTests
{
    private static readonly I94VolumeData All =
        I94VolumeLoader.Load(TestData.File("city", "traffic", "mndot-i94", I94VolumeLoader.FileName));

    [Fact]
    public void Each_clock_hour_appears_once_though_the_file_repeats_hours_per_weather_condition()
    {
        Assert.Equal(48_204, All.Rows);
        Assert.Equal(All.Rows - All.RepeatedHours, All.Hours.Count);
        Assert.True(All.RepeatedHours > 5_000);
        Assert.Equal(All.Hours.Count, All.Hours.Select(h => h.Hour.DateTime).Distinct().Count());
    }

    [Fact]
    public void Holiday_named_on_the_midnight_row_applies_to_the_whole_day()
    {
        var thanksgiving = All.Hours.Where(h => DateOnly.FromDateTime(h.Hour.DateTime) == new DateOnly(2012, 11, 22)).ToList();

        Assert.NotEmpty(thanksgiving);
        Assert.All(thanksgiving, h => Assert.Equal("Thanksgiving Day", h.Holiday));
        Assert.Contains(thanksgiving, h => h.Hour.Hour == 13);
    }

    [Fact]
    public void First_row_is_read_with_Minnesota_offset_and_Celsius()
    {
        var first = All.Hours[0];

        Assert.Equal(new DateTimeOffset(2012, 10, 2, 9, 0, 0, TimeSpan.FromHours(-5)), first.Hour);
        Assert.Equal(5545, first.Volume);
        Assert.Equal(15.13, first.TemperatureCelsius, 2);
        Assert.Null(first.Holiday);
    }

    [Fact]
    public void Date_range_keeps_only_its_days()
    {
        var week = I94VolumeLoader.Load(
            TestData.File("city", "traffic", "mndot-i94", I94VolumeLoader.FileName),
            new DateRange(new DateOnly(2017, 7, 3), new DateOnly(2017, 7, 9)));

        Assert.InRange(week.Hours.Count, 150, 168);
        Assert.All(week.Hours, h => Assert.Equal(2017, h.Hour.Year));
    }
}
