using OpsCentre.Charts.Png;
using OpsCentre.Charts.TimeSeries;

namespace OpsCentre.Charts.Tests.Png;

public class PngRendererTests
{
    [Fact]
    public async Task A_missing_tool_is_reported_with_the_package_to_install()
    {
        var result = await new PngRenderer("no-such-rsvg-convert-here").ConvertAsync("in.svg", "out.png");

        Assert.Equal(PngRenderOutcome.ToolMissing, result.Outcome);
        Assert.Contains("librsvg2-bin", result.Message);
    }

    [Fact]
    public async Task A_chart_becomes_a_png_when_rsvg_convert_is_installed()
    {
        var folder = Directory.CreateTempSubdirectory("charts-");
        try
        {
            var svg = Path.Combine(folder.FullName, "chart.svg");
            var png = Path.Combine(folder.FullName, "chart.png");
            var times = Enumerable.Range(0, 10).Select(i => new DateTime(2024, 1, 1).AddHours(i)).ToList();
            await File.WriteAllTextAsync(svg, TimeSeriesChartRenderer.RenderToString(
                new TimeSeriesChart("t", [new ChartPanel("p", [new LineSeries("s", times, times.Select(t => (double)t.Hour).ToList(), "#000")])])));

            var result = await new PngRenderer().ConvertAsync(svg, png);

            if (result.Outcome == PngRenderOutcome.ToolMissing)
            {
                // Machines without librsvg2-bin must get the explanation instead of a crash.
                Assert.Contains("librsvg2-bin", result.Message);
                return;
            }

            Assert.Equal(PngRenderOutcome.Written, result.Outcome);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, (await File.ReadAllBytesAsync(png))[..4]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_broken_svg_is_reported_as_a_failure()
    {
        var folder = Directory.CreateTempSubdirectory("charts-");
        try
        {
            var svg = Path.Combine(folder.FullName, "broken.svg");
            await File.WriteAllTextAsync(svg, "<svg");

            var result = await new PngRenderer().ConvertAsync(svg, Path.Combine(folder.FullName, "broken.png"));

            Assert.NotEqual(PngRenderOutcome.Written, result.Outcome);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
