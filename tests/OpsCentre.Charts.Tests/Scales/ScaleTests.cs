using OpsCentre.Charts.Scales;

namespace OpsCentre.Charts.Tests.Scales;

public class ScaleTests
{
    [Fact]
    public void Linear_scale_maps_the_domain_onto_an_inverted_range()
    {
        var scale = new LinearScale(0, 10, 200, 100);

        Assert.Equal(200, scale.Map(0));
        Assert.Equal(150, scale.Map(5));
        Assert.Equal(100, scale.Map(10));
    }

    [Fact]
    public void A_constant_series_gets_a_unit_wide_domain()
    {
        Assert.Equal((4.5, 5.5), LinearScale.PaddedDomain(5, 5));
    }

    [Theory]
    [InlineData(0, 1, new[] { 0, 0.2, 0.4, 0.6, 0.8, 1.0 })]
    [InlineData(0, 97, new[] { 0.0, 20, 40, 60, 80 })]
    [InlineData(-3, 3, new[] { -3.0, -2, -1, 0, 1, 2, 3 })]
    public void Ticks_fall_on_one_two_or_five_times_a_power_of_ten(double min, double max, double[] expected)
    {
        var ticks = NiceTicks.For(min, max);

        Assert.Equal(expected.Length, ticks.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], ticks[i], 9);
        }
    }

    [Fact]
    public void Time_ticks_are_whole_days_over_a_fortnight()
    {
        var start = new DateTime(2024, 3, 1, 7, 30, 0);
        var scale = new TimeScale(start, start.AddDays(14), 0, 1000);

        var ticks = scale.Ticks();

        Assert.All(ticks, t => Assert.Equal(TimeSpan.Zero, t.Tick.TimeOfDay));
        Assert.All(ticks, t => Assert.Equal(t.Tick.ToString("yyyy-MM-dd"), t.Label));
        Assert.InRange(ticks[0].Tick, start, start.AddDays(2));
        Assert.InRange(ticks.Count, 2, 8);
    }
}
