using System.Globalization;
using OpsCentre.Charts.Scales;
using OpsCentre.Charts.Svg;

namespace OpsCentre.Charts.Bars;

/// <summary>Renders a <see cref="BarChart"/> as a standalone SVG document, with a legend when there are several series.</summary>
public static class BarChartRenderer
{
    private const double MarginTop = 52;
    private const double MarginRight = 30;
    private const double MarginBottom = 40;
    private const double VerticalMarginLeft = 70;
    private const double GroupPadding = 0.2;

    public static string RenderToString(BarChart chart)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Render(chart, text);
        return text.ToString();
    }

    public static void Render(BarChart chart, TextWriter output)
    {
        chart.Validate();
        using var svg = new SvgWriter(output, chart.Width, chart.Height);
        svg.Title(chart.Title);
        svg.Rectangle(0, 0, chart.Width, chart.Height, "white");
        svg.Text(20, 22, chart.Title, fontSize: 14, weight: "bold");
        DrawLegend(svg, chart);

        var (min, max) = ValueDomain(chart);
        if (chart.Orientation == BarOrientation.Horizontal)
        {
            DrawHorizontal(svg, chart, min, max);
        }
        else
        {
            DrawVertical(svg, chart, min, max);
        }
    }

    private static void DrawHorizontal(SvgWriter svg, BarChart chart, double min, double max)
    {
        var left = (double)chart.CategoryLabelWidth;
        var right = chart.Width - MarginRight;
        var top = MarginTop;
        var bottom = chart.Height - MarginBottom;
        var value = new LinearScale(min, max, left, right);
        DrawValueGrid(svg, chart, min, max, tick => (value.Map(tick), top, value.Map(tick), bottom), (x, _) => (x, bottom + 14), "middle");

        var band = (bottom - top) / chart.Categories.Count;
        var barThickness = band * (1 - GroupPadding) / chart.Series.Count;
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var bandTop = top + c * band + band * GroupPadding / 2;
            svg.Text(left - 6, top + (c + 0.5) * band + 4, chart.Categories[c], fontSize: 11, anchor: "end", fill: "#333");
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var v = chart.Series[s].Values[c];
                if (!double.IsFinite(v))
                {
                    continue;
                }

                var x0 = value.Map(Math.Min(0, v));
                var x1 = value.Map(Math.Max(0, v));
                svg.Rectangle(x0, bandTop + s * barThickness, x1 - x0, barThickness - 1, chart.Series[s].Colour, tooltip: Tooltip(chart, c, s));
                svg.Text(x1 + 4, bandTop + (s + 0.5) * barThickness + 4, v.ToString(chart.ValueFormat, CultureInfo.InvariantCulture), fontSize: 10, fill: "#555");
            }
        }

        svg.Text((left + right) / 2, chart.Height - 8, chart.ValueAxisTitle, fontSize: 11, anchor: "middle", fill: "#333");
    }

    private static void DrawVertical(SvgWriter svg, BarChart chart, double min, double max)
    {
        var left = VerticalMarginLeft;
        var right = chart.Width - MarginRight;
        var top = MarginTop;
        var bottom = chart.Height - MarginBottom;
        var value = new LinearScale(min, max, bottom, top);
        DrawValueGrid(svg, chart, min, max, tick => (left, value.Map(tick), right, value.Map(tick)), (_, y) => (left - 6, y + 4), "end");

        var band = (right - left) / chart.Categories.Count;
        var barThickness = band * (1 - GroupPadding) / chart.Series.Count;
        var labelStep = Math.Max(1, (int)Math.Ceiling(chart.Categories.Count * 40 / (right - left)));
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var bandLeft = left + c * band + band * GroupPadding / 2;
            if (c % labelStep == 0)
            {
                svg.Text(left + (c + 0.5) * band, bottom + 14, chart.Categories[c], fontSize: 10, anchor: "middle", fill: "#555");
            }

            for (var s = 0; s < chart.Series.Count; s++)
            {
                var v = chart.Series[s].Values[c];
                if (!double.IsFinite(v))
                {
                    continue;
                }

                var y0 = value.Map(Math.Max(0, v));
                var y1 = value.Map(Math.Min(0, v));
                svg.Rectangle(bandLeft + s * barThickness, y0, barThickness - 1, y1 - y0, chart.Series[s].Colour, tooltip: Tooltip(chart, c, s));
            }
        }

        svg.Text(14, (top + bottom) / 2, chart.ValueAxisTitle, fontSize: 11, anchor: "middle", fill: "#333", rotateDegrees: -90);
    }

    private static void DrawValueGrid(
        SvgWriter svg,
        BarChart chart,
        double min,
        double max,
        Func<double, (double X1, double Y1, double X2, double Y2)> gridLine,
        Func<double, double, (double X, double Y)> labelAt,
        string anchor)
    {
        foreach (var tick in NiceTicks.For(min, max))
        {
            var (x1, y1, x2, y2) = gridLine(tick);
            svg.Line(x1, y1, x2, y2, tick == 0 ? "#888" : "#e4e4e4");
            var (lx, ly) = labelAt(x1, y1);
            svg.Text(lx, ly, tick.ToString(chart.ValueFormat, CultureInfo.InvariantCulture), fontSize: 10, anchor: anchor, fill: "#555");
        }
    }

    private static void DrawLegend(SvgWriter svg, BarChart chart)
    {
        if (chart.Series.Count < 2)
        {
            return;
        }

        var x = 20.0;
        foreach (var series in chart.Series)
        {
            svg.Rectangle(x, 32, 12, 12, series.Colour);
            svg.Text(x + 16, 42, series.Name, fontSize: 11, fill: "#333");
            x += 30 + series.Name.Length * 7;
        }
    }

    private static string Tooltip(BarChart chart, int category, int series) =>
        $"{chart.Categories[category]} — {chart.Series[series].Name}: " +
        chart.Series[series].Values[category].ToString(chart.ValueFormat, CultureInfo.InvariantCulture);

    /// <summary>Always includes zero; padded at the far end so value labels fit.</summary>
    private static (double Min, double Max) ValueDomain(BarChart chart)
    {
        var finite = chart.Series.SelectMany(s => s.Values).Where(double.IsFinite).ToArray();
        var min = Math.Min(0, finite.Length == 0 ? 0 : finite.Min());
        var max = Math.Max(0, finite.Length == 0 ? 1 : finite.Max());
        if (max - min < 1e-12)
        {
            max = min + 1;
        }

        var pad = (max - min) * 0.08;
        return (min < 0 ? min - pad : min, max > 0 ? max + pad : max);
    }
}
