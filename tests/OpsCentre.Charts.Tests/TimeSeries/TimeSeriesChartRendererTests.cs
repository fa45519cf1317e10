using System.Xml.Linq;
using OpsCentre.Charts.TimeSeries;

namespace OpsCentre.Charts.Tests.TimeSeries;

public class TimeSeriesChartRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateTime Start = new(2024, 3, 1);

    [Fact]
    public void The_svg_is_well_formed_xml_with_an_svg_root()
    {
        var document = XDocument.Parse(TimeSeriesChartRenderer.RenderToString(SampleChart()));

        Assert.Equal(Svg + "svg", document.Root!.Name);
        Assert.Equal("1400", document.Root.Attribute("width")!.Value);
    }

    [Fact]
    public void Every_series_is_drawn_as_a_path_through_its_points()
    {
        var document = XDocument.Parse(TimeSeriesChartRenderer.RenderToString(SampleChart()));

        var paths = document.Descendants(Svg + "path").ToDictionary(p => p.Attribute("data-series")!.Value, p => p.Attribute("d")!.Value);
        Assert.Equal(["value", "anomaly score"], paths.Keys);
        Assert.Equal(100, paths["value"].Count(c => c is 'M' or 'L'));
    }

    [Fact]
    public void Bands_and_markers_are_drawn_with_their_tooltips()
    {
        var document = XDocument.Parse(TimeSeriesChartRenderer.RenderToString(SampleChart()));

        var titles = document.Descendants(Svg + "title").Select(t => t.Value).ToList();
        Assert.Contains("window 1", titles);
        Assert.Contains("detection at 40", titles);
        Assert.Equal(2, document.Descendants(Svg + "circle").Count());
    }

    [Fact]
    public void Text_is_escaped()
    {
        var chart = SampleChart() with { Title = "a < b & \"c\"" };

        var document = XDocument.Parse(TimeSeriesChartRenderer.RenderToString(chart));

        Assert.Contains(document.Descendants(Svg + "text"), t => t.Value == "a < b & \"c\"");
    }

    [Fact]
    public void A_long_series_is_decimated_to_a_few_points_per_pixel_column()
    {
        var times = Enumerable.Range(0, 50_000).Select(i => Start.AddMinutes(i)).ToList();
        var values = Enumerable.Range(0, 50_000).Select(i => Math.Sin(i / 10.0)).ToList();
        var chart = new TimeSeriesChart("long", [new ChartPanel("p", [new LineSeries("wave", times, values, "#000")])]);

        var document = XDocument.Parse(TimeSeriesChartRenderer.RenderToString(chart));

        var points = document.Descendants(Svg + "path").Single().Attribute("d")!.Value.Count(c => c is 'M' or 'L');
        Assert.InRange(points, 1000, 4 * 1400);
    }

    [Fact]
    public void Mismatched_series_lengths_are_rejected()
    {
        var chart = new TimeSeriesChart("bad", [new ChartPanel("p", [new LineSeries("s", [Start], [1, 2], "#000")])]);

        Assert.Throws<ArgumentException>(() => TimeSeriesChartRenderer.RenderToString(chart));
    }

    [Fact]
    public void A_width_outside_the_valid_range_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeSeriesChartRenderer.RenderToString(SampleChart() with { Width = 100 }));
    }

    private static TimeSeriesChart SampleChart()
    {
        var times = Enumerable.Range(0, 100).Select(i => Start.AddMinutes(5 * i)).ToList();
        var values = Enumerable.Range(0, 100).Select(i => 10 + Math.Sin(i / 5.0)).ToList();
        var scores = Enumerable.Range(0, 100).Select(i => i == 40 ? 0.9 : 0.1).ToList();
        var value = new ChartPanel("value", [new LineSeries("value", times, values, "#1f77b4")])
        {
            Markers = [new MarkerSeries("detections", [times[40]], [values[40]], "#d62728") { Tooltips = ["detection at 40"] }],
        };
        var score = new ChartPanel("score", [new LineSeries("anomaly score", times, scores, "#ff7f0e")])
        {
            FixedRange = (0, 1),
            ReferenceLines = [0.5],
            Markers = [new MarkerSeries("detections", [times[40]], [0.9], "#d62728")],
        };
        return new TimeSeriesChart("sample", [value, score]) { Bands = [new TimeBand(times[35], times[45], "#2ca02c", "window 1")] };
    }
}
