using System.Globalization;
using OpsCentre.Charts.Scales;
using OpsCentre.Charts.Svg;

namespace OpsCentre.Charts.TimeSeries;

/// <summary>Renders a <see cref="TimeSeriesChart"/> as a standalone SVG document.</summary>
public static class TimeSeriesChartRenderer
{
    private const double MarginLeft = 70;
    private const double MarginRight = 20;
    private const double MarginTop = 46;
    private const double MarginBottom = 34;
    private const double PanelGap = 26;

    public static string RenderToString(TimeSeriesChart chart)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Render(chart, text);
        return text.ToString();
    }

    public static void Render(TimeSeriesChart chart, TextWriter output)
    {
        chart.Validate();
        var (start, end) = TimeExtent(chart);
        var plotWidth = chart.Width - MarginLeft - MarginRight;
        var time = new TimeScale(start, end, MarginLeft, MarginLeft + plotWidth);

        using var svg = new SvgWriter(output, chart.Width, chart.Height);
        svg.Title(chart.Title);
        svg.Rectangle(0, 0, chart.Width, chart.Height, "white");
        svg.Text(MarginLeft, 22, chart.Title, fontSize: 14, weight: "bold");

        var available = chart.Height - MarginTop - MarginBottom - PanelGap * (chart.Panels.Count - 1);
        var totalWeight = chart.Panels.Sum(p => p.HeightWeight);
        var top = MarginTop;
        for (var i = 0; i < chart.Panels.Count; i++)
        {
            var panel = chart.Panels[i];
            var height = available * panel.HeightWeight / totalWeight;
            DrawPanel(svg, chart, panel, $"panel{i}", time, top, height, plotWidth);
            top += height + PanelGap;
        }

        DrawTimeAxis(svg, time, chart.Height - MarginBottom);
    }

    private static void DrawPanel(SvgWriter svg, TimeSeriesChart chart, ChartPanel panel, string id, TimeScale time, double top, double height, double plotWidth)
    {
        var (min, max) = panel.FixedRange ?? ValueExtent(panel);
        var y = new LinearScale(min, max, top + height, top);

        svg.Rectangle(MarginLeft, top, plotWidth, height, "#fbfbfb", stroke: "#ccc");
        svg.ClipRectangle(id, MarginLeft, top, plotWidth, height);
        svg.BeginGroup("bands", id);
        foreach (var band in chart.Bands)
        {
            var x0 = time.Map(band.Start);
            svg.Rectangle(x0, top, Math.Max(1, time.Map(band.End) - x0), height, band.Colour, opacity: band.Opacity, tooltip: band.Label);
        }

        svg.EndGroup();

        foreach (var tick in NiceTicks.For(min, max))
        {
            var py = y.Map(tick);
            svg.Line(MarginLeft, py, MarginLeft + plotWidth, py, "#e4e4e4");
            svg.Text(MarginLeft - 6, py + 4, tick.ToString("G4", CultureInfo.InvariantCulture), fontSize: 10, anchor: "end", fill: "#555");
        }

        svg.BeginGroup("series", id);
        foreach (var reference in panel.ReferenceLines)
        {
            svg.Line(MarginLeft, y.Map(reference), MarginLeft + plotWidth, y.Map(reference), "#c0392b", 1, "5,4");
        }

        foreach (var line in panel.Lines)
        {
            var points = new List<(double X, double Y)>(line.Values.Count);
            for (var i = 0; i < line.Values.Count; i++)
            {
                if (double.IsFinite(line.Values[i]))
                {
                    points.Add((time.Map(line.Times[i]), y.Map(line.Values[i])));
                }
            }

            svg.Polyline(PolylineDecimator.Decimate(points), line.Colour, line.StrokeWidth, line.Name);
        }

        foreach (var markers in panel.Markers)
        {
            svg.BeginGroup($"markers {markers.Name}");
            for (var i = 0; i < markers.Times.Count; i++)
            {
                svg.Circle(time.Map(markers.Times[i]), y.Map(markers.Values[i]), markers.Radius, markers.Colour, "white", markers.Tooltips?[i]);
            }

            svg.EndGroup();
        }

        svg.EndGroup();
        svg.Text(MarginLeft + 4, top - 6, panel.Title, fontSize: 11, weight: "bold");
        DrawLegend(svg, panel, MarginLeft + plotWidth, top - 6);
    }

    private static void DrawLegend(SvgWriter svg, ChartPanel panel, double right, double baseline)
    {
        var x = right;
        foreach (var (name, colour) in panel.Markers.Select(m => (m.Name, m.Colour)).Reverse().Concat(panel.Lines.Select(l => (l.Name, l.Colour)).Reverse()))
        {
            svg.Text(x, baseline, name, fontSize: 10, anchor: "end", fill: colour);
            x -= 12 + name.Length * 6;
        }
    }

    private static void DrawTimeAxis(SvgWriter svg, TimeScale time, double baseline)
    {
        foreach (var (tick, label) in time.Ticks())
        {
            var x = time.Map(tick);
            svg.Line(x, baseline, x, baseline + 4, "#555");
            svg.Text(x, baseline + 16, label, fontSize: 10, anchor: "middle", fill: "#555");
        }
    }

    private static (DateTime Start, DateTime End) TimeExtent(TimeSeriesChart chart)
    {
        var times = chart.Panels.SelectMany(p => p.Lines.SelectMany(l => l.Times).Concat(p.Markers.SelectMany(m => m.Times))).ToList();
        if (times.Count == 0)
        {
            var now = new DateTime(2000, 1, 1);
            return (now, now.AddDays(1));
        }

        var (start, end) = (times.Min(), times.Max());
        return start == end ? (start.AddHours(-1), end.AddHours(1)) : (start, end);
    }

    private static (double Min, double Max) ValueExtent(ChartPanel panel)
    {
        var values = panel.Lines.SelectMany(l => l.Values).Concat(panel.Markers.SelectMany(m => m.Values)).Concat(panel.ReferenceLines)
            .Where(double.IsFinite).ToList();
        return values.Count == 0 ? (0, 1) : LinearScale.PaddedDomain(values.Min(), values.Max());
    }
}
