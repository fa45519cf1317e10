using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using OpsCentre.Console.Congestion;

namespace OpsCentre.Console.Tests.Congestion;

/// <summary>How "from" and "to" become the window every congestion endpoint answers over, and what is refused.</summary>
public sealed class AnalysisWindowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 14, 30, 0, TimeSpan.Zero);
    private static readonly CongestionOptions Options = new CongestionOptions().Validated();

    [Fact]
    public void Without_from_or_to_the_window_is_the_default_range_up_to_now()
    {
        var (window, error) = Parse();

        Assert.Null(error);
        Assert.Equal(new AnalysisWindow(Now - Options.DefaultRange, Now), window);
    }

    [Fact]
    public void Dates_cover_whole_days_so_to_includes_its_day()
    {
        var (window, _) = Parse(("from", "2026-10-30"), ("to", "2026-11-01"));

        Assert.Equal(new AnalysisWindow(new(2026, 10, 30, 0, 0, 0, TimeSpan.Zero), new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero)), window);
    }

    [Fact]
    public void Date_times_keep_their_offset_and_are_utc_without_one()
    {
        var (window, _) = Parse(("from", "2026-11-02T08:00:00+01:00"), ("to", "2026-11-02T09:30"));

        Assert.Equal(new AnalysisWindow(new(2026, 11, 2, 7, 0, 0, TimeSpan.Zero), new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero)), window);
    }

    [Fact]
    public void A_browser_iso_string_with_milliseconds_is_accepted()
    {
        var (window, error) = Parse(("from", "2026-11-02T11:30:00.000Z"), ("to", "2026-11-02T14:30:00.000Z"));

        Assert.Null(error);
        Assert.Equal(TimeSpan.FromHours(3), window!.Length);
    }

    [Theory]
    [InlineData("2026-11-02T10:00:00Z", "2026-11-02T09:00:00Z", "must be before to")]
    [InlineData("2026-11-02T10:00:00Z", "2026-11-02T10:00:00Z", "must be before to")]
    [InlineData("2026-01-01", "2026-11-02", "at most 31 days")]
    [InlineData("yesterday", "2026-11-02", "from: 'yesterday' is not an ISO 8601 date")]
    [InlineData("2026-11-01", "02/11/2026", "to: '02/11/2026' is not an ISO 8601 date")]
    public void A_window_that_cannot_be_answered_is_refused_saying_why(string from, string to, string expected)
    {
        var (window, error) = Parse(("from", from), ("to", to));

        Assert.Null(window);
        Assert.Contains(expected, error);
    }

    private static (AnalysisWindow? Window, string? Error) Parse(params (string Name, string Value)[] parameters) =>
        AnalysisWindow.Parse(new QueryCollection(parameters.ToDictionary(p => p.Name, p => new StringValues(p.Value))), Options, Now);
}
