using System.Xml.Linq;
using OpsCentre.Charts.Heatmap;

namespace OpsCentre.Charts.Tests.Heatmap;

public class HeatmapChartRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Every_cell_is_drawn_with_its_value_as_tooltip()
    {
        var chart = new HeatmapChart("t", ["Mon", "Tue"], ["00", "01", "02"], [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]);

        var cells = Cells(HeatmapChartRenderer.RenderToString(chart));

        Assert.Equal(6, cells.Count);
        Assert.Equal("Tue 02: 6.00", cells[^1].Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Lowest_and_highest_values_take_the_ends_of_the_colour_ramp()
    {
        var chart = new HeatmapChart("t", ["r"], ["a", "b", "c"], [[10.0, 15.0, 20.0]]);

        var fills = Cells(HeatmapChartRenderer.RenderToString(chart)).Select(c => (string)c.Attribute("fill")!).ToList();

        Assert.Equal([ColourRamp.At(0), ColourRamp.At(0.5), ColourRamp.At(1)], fills);
    }

    [Fact]
    public void Missing_values_are_grey_and_say_no_data()
    {
        var chart = new HeatmapChart("t", ["r"], ["a", "b"], [[double.NaN, 1.0]]);

        var missing = Cells(HeatmapChartRenderer.RenderToString(chart))[0];

        Assert.Equal("#d9d9d9", (string)missing.Attribute("fill")!);
        Assert.EndsWith("no data", missing.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Ragged_values_are_rejected() =>
        Assert.Throws<ArgumentException>(() => HeatmapChartRenderer.RenderToString(new HeatmapChart("t", ["r1", "r2"], ["a"], [[1.0]])));

    [Fact]
    public void Colour_ramp_gets_darker_as_values_rise()
    {
        static double Lightness(string hex) =>
            Convert.ToInt32(hex[1..3], 16) + Convert.ToInt32(hex[3..5], 16) + Convert.ToInt32(hex[5..7], 16);

        var lightness = Enumerable.Range(0, 11).Select(i => Lightness(ColourRamp.At(i / 10.0))).ToList();

        Assert.Equal(lightness.OrderDescending(), lightness);
    }

    private static List<XElement> Cells(string svg) =>
        XDocument.Parse(svg).Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "cells").Elements(Svg + "rect").ToList();
}
