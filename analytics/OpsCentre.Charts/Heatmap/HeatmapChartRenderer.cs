using System.Globalization;
using OpsCentre.Charts.Scales;
using OpsCentre.Charts.Svg;

namespace OpsCentre.Charts.Heatmap;

/// <summary>Renders a <see cref="HeatmapChart"/> as a standalone SVG document with a colour legend.</summary>
public static class HeatmapChartRenderer
{
    private const double MarginLeft = 70;
    private const double MarginRight = 90;
    private const double MarginTop = 46;
    private const double MarginBottom = 34;
    private const string NoDataColour = "#d9d9d9";

    public static string RenderToString(HeatmapChart chart)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Render(chart, text);
        return text.ToString();
    }

    public static void Render(HeatmapChart chart, TextWriter output)
    {
        chart.Validate();
        var (min, max) = chart.FixedRange ?? FiniteExtent(chart);
        var plotWidth = chart.Width - MarginLeft - MarginRight;
        var plotHeight = chart.Height - MarginTop - MarginBottom;
        var cellWidth = plotWidth / chart.ColumnLabels.Count;
        var cellHeight = plotHeight / chart.RowLabels.Count;

        using var svg = new SvgWriter(output, chart.Width, chart.Height);
        svg.Title(chart.Title);
        svg.Rectangle(0, 0, chart.Width, chart.Height, "white");
        svg.Text(MarginLeft, 22, chart.Title, fontSize: 14, weight: "bold");

        svg.BeginGroup("cells");
        for (var row = 0; row < chart.RowLabels.Count; row++)
        {
            for (var column = 0; column < chart.ColumnLabels.Count; column++)
            {
                var value = chart.Values[row][column];
                var hasValue = double.IsFinite(value);
                svg.Rectangle(
                    MarginLeft + column * cellWidth,
                    MarginTop + row * cellHeight,
                    cellWidth - 1,
                    cellHeight - 1,
                    hasValue ? ColourRamp.At(Fraction(value, min, max)) : NoDataColour,
                    tooltip: $"{chart.RowLabels[row]} {chart.ColumnLabels[column]}: " +
                             (hasValue ? value.ToString(chart.ValueFormat, CultureInfo.InvariantCulture) : "no data"));
            }
        }

        svg.EndGroup();

        for (var row = 0; row < chart.RowLabels.Count; row++)
        {
            svg.Text(MarginLeft - 6, MarginTop + (row + 0.5) * cellHeight + 4, chart.RowLabels[row], fontSize: 11, anchor: "end", fill: "#333");
        }

        for (var column = 0; column < chart.ColumnLabels.Count; column += chart.ColumnLabelStep)
        {
            svg.Text(MarginLeft + (column + 0.5) * cellWidth, chart.Height - MarginBottom + 16, chart.ColumnLabels[column], fontSize: 10, anchor: "middle", fill: "#555");
        }

        DrawLegend(svg, chart, min, max, chart.Width - MarginRight + 24, MarginTop, plotHeight);
    }

    private static void DrawLegend(SvgWriter svg, HeatmapChart chart, double min, double max, double x, double top, double height)
    {
        const int Steps = 40;
        const double BarWidth = 14;
        svg.BeginGroup("legend");
        for (var i = 0; i < Steps; i++)
        {
            // Top of the bar is the high end, as on a y axis.
            var fraction = 1 - (i + 0.5) / Steps;
            svg.Rectangle(x, top + i * height / Steps, BarWidth, height / Steps + 0.5, ColourRamp.At(fraction));
        }

        var scale = new LinearScale(min, max, top + height, top);
        foreach (var tick in NiceTicks.For(min, max, 4))
        {
            svg.Text(x + BarWidth + 4, scale.Map(tick) + 4, tick.ToString(chart.ValueFormat, CultureInfo.InvariantCulture), fontSize: 10, fill: "#555");
        }

        svg.Text(x, top - 8, chart.LegendTitle, fontSize: 10, fill: "#333");
        svg.EndGroup();
    }

    private static double Fraction(double value, double min, double max) => max > min ? (value - min) / (max - min) : 0.5;

    private static (double Min, double Max) FiniteExtent(HeatmapChart chart)
    {
        var finite = chart.Values.SelectMany(row => row).Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? (0, 1) : (finite.Min(), finite.Max());
    }
}
