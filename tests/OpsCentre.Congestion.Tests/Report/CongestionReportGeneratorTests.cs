using System.Xml.Linq;
using OpsCentre.Charts.Png;
using OpsCentre.Congestion.Observations;
using OpsCentre.Congestion.Report;
using OpsCentre.Tests;

namespace OpsCentre.Congestion.Tests.Report;

public sealed class CongestionReportGeneratorTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("congestion-report-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Travel_time_folder_produces_page_charts_and_tables()
    {
        var progress = new List<ReportProgress>();
        var generator = new CongestionReportGenerator(_clock, new PngRenderer("no-such-rsvg-convert"));
        var request = new CongestionReportRequest(
            TestData.File("city", "traffic", "aarhus"), new DateRange(new DateOnly(2014, 8, 4), new DateOnly(2014, 8, 17)), _output);

        var report = await generator.GenerateAsync(request, new Recorder(progress));

        Assert.Equal(ReportDataKind.TravelTimes, report.Kind);
        foreach (var table in new[] { "link-indices", "bottlenecks", "bottleneck-episodes", "daily-delay", "hour-of-week-profile" })
        {
            Assert.True(File.Exists(Path.Combine(_output, "tables", table + ".csv")), table);
        }

        foreach (var chart in new[] { "tti-hour-of-week", "peak-hours", "top-links", "tti-over-time" })
        {
            var svg = XDocument.Load(Path.Combine(_output, "charts", chart + ".svg"));
            Assert.Equal("svg", svg.Root!.Name.LocalName);
        }

        Assert.Equal(16, File.ReadAllLines(Path.Combine(_output, "tables", "link-indices.csv")).Length); // header + 15 links
        Assert.Equal(169, File.ReadAllLines(Path.Combine(_output, "tables", "hour-of-week-profile.csv")).Length);
        var html = await File.ReadAllTextAsync(report.HtmlPath);
        Assert.Contains("prefers-color-scheme: dark", html);
        Assert.Contains("<svg", html);
        Assert.Contains("2026-11-22 10:00 UTC", html);
        Assert.Contains(report.Notes, n => n.Contains("PNG skipped", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Files, f => f.EndsWith(".png", StringComparison.Ordinal));
        Assert.Equal(1.0, progress[^1].Fraction);
        Assert.Equal(progress.Select(p => p.Fraction).Order(), progress.Select(p => p.Fraction));
    }

    [Fact]
    public async Task Volume_folder_produces_its_own_charts_and_tables()
    {
        var generator = new CongestionReportGenerator(_clock, new PngRenderer("no-such-rsvg-convert"));
        var request = new CongestionReportRequest(
            TestData.File("city", "traffic", "mndot-i94"), new DateRange(new DateOnly(2017, 5, 1), new DateOnly(2017, 7, 31)), _output);

        var report = await generator.GenerateAsync(request);

        Assert.Equal(ReportDataKind.HourlyVolumes, report.Kind);
        Assert.True(File.Exists(Path.Combine(_output, "tables", "holiday-effect.csv")));
        Assert.True(File.Exists(Path.Combine(_output, "charts", "volume-hour-of-week.svg")));
        Assert.Contains("Independence Day", await File.ReadAllTextAsync(Path.Combine(_output, "tables", "holiday-effect.csv")));
    }

    [FactWhenOnPath("rsvg-convert")]
    public async Task Png_copies_are_written_when_rsvg_convert_is_installed()
    {
        var request = new CongestionReportRequest(
            TestData.File("city", "traffic", "mndot-i94"), new DateRange(new DateOnly(2017, 1, 1), new DateOnly(2017, 1, 31)), _output);

        var report = await new CongestionReportGenerator(_clock).GenerateAsync(request);

        var png = await File.ReadAllBytesAsync(Path.Combine(_output, "charts", "peak-hours.png"));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.DoesNotContain(report.Notes, n => n.Contains("PNG", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_of_neither_kind_is_refused_with_what_was_expected()
    {
        var error = Assert.Throws<InvalidDataException>(() => CongestionReportGenerator.DetectKind(_output));

        Assert.Contains("trafficMetaData.csv", error.Message);
        Assert.Contains("Metro_Interstate_Traffic_Volume.csv", error.Message);
    }

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private sealed class Recorder(List<ReportProgress> into) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => into.Add(value);
    }
}
