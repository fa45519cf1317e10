using OpsCentre.Assets.State;

namespace OpsCentre.Assets.Tests.State;

public sealed class ReportingCadenceTests
{
    [Fact]
    public void One_long_outage_does_not_teach_the_asset_that_silence_is_normal()
    {
        var cadence = new ReportingCadence();
        foreach (var minutes in new[] { 1, 1, 1, 180, 1, 1 })
        {
            cadence.Learn(TimeSpan.FromMinutes(minutes));
        }

        Assert.Equal(TimeSpan.FromMinutes(1), cadence.Expected);
    }

    [Fact]
    public void Several_quantities_in_one_report_say_nothing_about_the_cadence()
    {
        var cadence = new ReportingCadence();

        cadence.Learn(TimeSpan.Zero);
        cadence.Learn(TimeSpan.FromSeconds(-30));

        Assert.Null(cadence.Expected);
    }

    [Fact]
    public void Only_the_most_recent_gaps_count()
    {
        var cadence = new ReportingCadence();
        for (var i = 0; i < ReportingCadence.GapsKept; i++)
        {
            cadence.Learn(TimeSpan.FromMinutes(1));
        }

        for (var i = 0; i < ReportingCadence.GapsKept; i++)
        {
            cadence.Learn(TimeSpan.FromMinutes(5));
        }

        Assert.Equal(TimeSpan.FromMinutes(5), cadence.Expected);
    }
}
