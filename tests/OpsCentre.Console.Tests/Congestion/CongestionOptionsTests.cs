using OpsCentre.Console.Congestion;

namespace OpsCentre.Console.Tests.Congestion;

/// <summary>Congestion settings outside their documented ranges stop the node, naming the setting.</summary>
public sealed class CongestionOptionsTests
{
    [Fact]
    public void The_defaults_are_valid() => new CongestionOptions().Validated();

    [Theory]
    [InlineData(nameof(CongestionOptions.Interval))]
    [InlineData(nameof(CongestionOptions.TimeZoneId))]
    [InlineData(nameof(CongestionOptions.DefaultRange))]
    [InlineData(nameof(CongestionOptions.CongestedTravelTimeIndex))]
    public void A_setting_out_of_range_is_refused_by_name(string setting)
    {
        var options = setting switch
        {
            nameof(CongestionOptions.Interval) => new CongestionOptions { Interval = TimeSpan.FromMinutes(7) },
            nameof(CongestionOptions.TimeZoneId) => new CongestionOptions { TimeZoneId = "Europe/Atlantis" },
            nameof(CongestionOptions.DefaultRange) => new CongestionOptions { DefaultRange = TimeSpan.FromDays(40) },
            _ => new CongestionOptions { CongestedTravelTimeIndex = 1 },
        };

        var error = Assert.Throws<ArgumentException>(() => options.Validated());

        Assert.Contains($"Console:Congestion:{setting}", error.Message);
    }

    [Fact]
    public void Intervals_are_aligned_on_the_clock()
    {
        var options = new CongestionOptions();

        Assert.Equal(new DateTimeOffset(2026, 11, 2, 8, 5, 0, TimeSpan.Zero), options.IntervalStartOf(new DateTimeOffset(2026, 11, 2, 9, 9, 59, TimeSpan.FromHours(1))));
    }
}
