using System.Globalization;
using System.Xml.Linq;
using OpsCentre.Charts.Bars;

namespace OpsCentre.Charts.Tests.Bars;

public class BarChartRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Horizontal_bar_lengths_are_proportional_to_values()
    {
        var chart = new BarChart("t", ["a", "b"], [new BarSeries("s", [50.0, 100.0], "#d62728")]);

        var bars = Bars(BarChartRenderer.RenderToString(chart), "#d62728");

        Assert.Equal(2, bars.Count);
        Assert.Equal(2.0, Size(bars[1], "width") / Size(bars[0], "width"), 2);
    }

    [Fact]
    public void Vertical_bars_of_two_series_sit_side_by_side()
    {
        var chart = new BarChart("t", ["00", "01"], [new BarSeries("weekday", [1.0, 2.0], "#111111"), new BarSeries("weekend", [2.0, 1.0], "#222222")])
        {
            Orientation = BarOrientation.Vertical,
        };

        var svg = BarChartRenderer.RenderToString(chart);
        var weekday = Bars(svg, "#111111");
        var weekend = Bars(svg, "#222222");

        Assert.Equal(2, weekday.Count);
        Assert.True(Size(weekend[0], "x") > Size(weekday[0], "x"));
        Assert.Equal(2.0, Size(weekend[0], "height") / Size(weekday[0], "height"), 2);
        Assert.Contains("weekend", svg); // legend for more than one series
    }

    [Fact]
    public void Negative_values_extend_left_of_zero()
    {
        var chart = new BarChart("t", ["holiday", "normal"], [new BarSeries("change", [-40.0, 10.0], "#9467bd")]);

        var bars = Bars(BarChartRenderer.RenderToString(chart), "#9467bd");

        Assert.True(Size(bars[0], "x") < Size(bars[1], "x"));
        Assert.Equal(Size(bars[0], "x") + Size(bars[0], "width"), Size(bars[1], "x"), 1);
    }

    [Fact]
    public void Series_and_categories_must_line_up() =>
        Assert.Throws<ArgumentException>(() => BarChartRenderer.RenderToString(new BarChart("t", ["a", "b"], [new BarSeries("s", [1.0], "#000")])));

    private static List<XElement> Bars(string svg, string colour) =>
        XDocument.Parse(svg).Descendants(Svg + "rect").Where(r => (string?)r.Attribute("fill") == colour && r.Element(Svg + "title") is not null).ToList();

    private static double Size(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
